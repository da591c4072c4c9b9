# Generator functions and generator expressions in exec'd code are real,
# lazy generators: next/send/throw/close, yield from, try/finally and with.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


class Tracker:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)


exec("""
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

def echo():
    total = 0
    while True:
        try:
            got = yield total
        except ValueError as e:
            got = len(str(e))
        if got is None:
            break
        total += got
    return total

def delegate():
    result = yield from countdown(2)
    yield result
    yield from naturals_upto(3)

def naturals_upto(k):
    for v in naturals():
        if v >= k:
            return
        yield v * 10

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

def managed():
    with Tracker():
        yield "inside"
    yield "after"

def pairs(items):
    for i, x in enumerate(items):
        if i % 2:
            continue
        yield i, x
    else:
        yield "done"

lazy = (v * v for v in naturals() if v % 2)
""")
print(list(countdown(3)))
g = countdown(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
e = echo()
print(next(e), e.send(5), e.send(10), e.throw(ValueError("abc")))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.args)
print(list(delegate()))
gd = guarded()
print(next(gd))
gd.close()
print(list(guarded()))
print(list(managed()))
print(list(pairs("abcde")))
print(next(lazy), next(lazy), next(lazy))
print(type(countdown(1)).__name__, sum(x for x in range(4)))
for v in countdown(5):
    if v == 3:
        break
    print("loop", v)
