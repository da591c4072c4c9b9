# tuple index and count
t = (1, "two", 3.0, "two")
print(t.index(3.0), t.index("two"), t.count("two"), t.count(5))
print((1, 1, 2).count(1), (2 ** 70, 1).index(1))
try:
    t.index("missing")
except ValueError:
    print("ValueError from index")
