# pop, remove, index, count
a = [5, 3, 5, 1, 5, 9]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(5)
print(a)
b = ["x", "y", "x", "z", "x"]
print(b.index("y"), b.index("x"), b.index("x", 1), b.count("x"), b.count("w"))
try:
    b.remove("w")
except ValueError:
    print("ValueError from remove")
try:
    b.index("w")
except ValueError:
    print("ValueError from index")
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
