def f(*a, **k):
    return len(a) + len(k)
def g(args, kw):
    for i in range(3):
        yield f(*args, **kw) + i
        yield f(*args, i, **kw)
print(list(g([1, 2], {"x": 1})))
total = 0
for i in range(20000):
    total += sum(x for x in range(5))
print(total)
def w():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__)
        yield 2
x = w(); next(x)
print(x.throw(ValueError, "m"))
def fin():
    try:
        yield 1
    finally:
        return 5
z = fin(); next(z)
try:
    z.throw(KeyError)
except StopIteration as e:
    print("swallowed", e.value)
