# Coroutines are generators (MicroPython): send, throw, close, await on generators.
def gen_awaitable():
    got = yield "from generator"
    return "gen got " + str(got)


async def inner():
    r = await gen_awaitable()
    return r.upper()


async def outer():
    try:
        v = await inner()
    except KeyError as e:
        return "outer caught " + str(e)
    return v


c = outer()
print(c.send(None))
try:
    c.send("hello")
except StopIteration as e:
    print("result:", e.value)

c = outer()
c.send(None)
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print("result:", e.value)


async def closing():
    try:
        await gen_awaitable()
    finally:
        print("finally on close")


c = closing()
c.send(None)
c.close()
print("closed")


async def no_await():
    return 5


try:
    no_await().send(None)
except StopIteration as e:
    print("no await returns", e.value)
print(type(no_await()).__name__)
