def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer():
    result = yield from inner()
    yield "total %d" % result

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))

def catching():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
    return "r"

def wrapper():
    r = yield from catching()
    yield "wrapper got " + r

w = wrapper()
print(next(w))
print(w.throw(ValueError))
print(next(w))

def closing():
    try:
        yield 1
    finally:
        print("inner finally")

def wrap2():
    try:
        yield from closing()
    finally:
        print("outer finally")

c = wrap2()
next(c)
c.close()
print("done")
