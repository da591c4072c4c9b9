def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer done"

print(list(outer()))
g = outer()
for v in g:
    print("got", v)

def delegate_list():
    yield from [10, 20]
    yield from range(2)
    yield from "ab"
    x = yield from ()
    print("empty returns", x)

print(list(delegate_list()))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6))))

o = outer()
next(o)
next(o)
try:
    o.send(None)
    o.send(None)
except StopIteration as e:
    print("stop", e.value)
