# concatenation, repetition and membership
a = "foo"
b = "bar"
print(a + b, a * 3, 2 * b, a * 0 == "", a * -1 == "")
print("oo" in a, "x" in a, "" in a, "fb" not in a + b)
c = ""
for i in range(5):
    c = c + str(i)
print(c, len(c))
print("-" * 10)
