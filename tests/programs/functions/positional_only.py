def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3))
print(f(1, 2, c=3, d=9, e=7))
try:
    f(1, b=2, c=3)
except TypeError as ex:
    print('TypeError:', ex)
try:
    f(1)
except TypeError as ex:
    print('TypeError:', ex)

def g(a, /, **kw):
    return a, kw
print(g(1, a=2))

def h(a=1, b=2, /):
    return a + b
print(h(), h(10), h(10, 20))
lam = lambda x, /, y: x * y
print(lam(3, y=4))

class C:
    def m(self, x, /):
        return x
print(C().m(5))
try:
    C().m(x=5)
except TypeError as ex:
    print('TypeError:', ex)
