try:
    g = (x for x in 5)
    print("lazy")
except TypeError as e:
    print("eager TypeError")
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("zde")
print(next(g, "done"))
def gen():
    yield 1
    yield 2
a = gen()
b = gen()
print(next(a), next(b), next(a), next(b))
print(list(zip(gen(), gen())))
def lazy():
    print("started")
    yield 1
l = lazy()
print("before")
print(next(l))
def inner_ret():
    x = yield from inner_ret2()
    yield x
def inner_ret2():
    return 7
    yield
print(list(inner_ret()))
def w():
    x = 0
    while True:
        try:
            x = yield x
        except GeneratorExit:
            print("bye")
            return
        except Exception as e:
            x = str(e)
c = w(); next(c)
print(c.send(4))
print(c.throw(ValueError("vv")))
c.close()
c.close()
