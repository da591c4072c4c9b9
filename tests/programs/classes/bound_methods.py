class C:
    def __init__(self, v):
        self.v = v

    def get(self, add=0):
        return self.v + add


c = C(3)
m = c.get
print(m(), m(2), type(m).__name__)
print(C.get(c, 1))
fns = [C(i).get for i in range(3)]
print([f() for f in fns])
print(c.get == c.get, c.get == C(3).get)
c.get = lambda: "instance attr wins"
print(c.get())
try:
    C.get()
except TypeError as e:
    print("TypeError")
