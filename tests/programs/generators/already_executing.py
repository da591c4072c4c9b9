def g():
    yield me.send(None)

me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def h():
    x = yield
    print("got", x)
    next(me2)

me2 = h()
next(me2)
try:
    me2.send(1)
except ValueError as e:
    print("ValueError:", e)
