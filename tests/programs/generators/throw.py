def g():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
            yield "recovered"

it = g()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
try:
    it.throw(IndexError("k"))
except IndexError as e:
    print("propagated", e)
try:
    next(it)
except StopIteration:
    print("finished")

def h():
    yield 1
    yield 2

x = h()
try:
    x.throw(RuntimeError)
except RuntimeError:
    print("thrown into fresh generator")
print(list(x))

y = h()
next(y)
try:
    y.throw(TypeError("t"))
except TypeError as e:
    print("TypeError", e)
print(list(y))
