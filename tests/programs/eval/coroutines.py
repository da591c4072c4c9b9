# async def in exec'd code: as in MicroPython a coroutine is a generator whose
# `await` delegates like `yield from`.
class Pause:
    def __iter__(self):
        got = yield "paused"
        return got * 2


exec("""
async def double(v):
    return v * 2

async def main(n):
    a = await double(n)
    b = await Pause()
    return await double(a + b)

async def guarded():
    try:
        await Pause()
    finally:
        print("finally in coroutine")
""")
c = main(5)
print(type(c).__name__, c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
g = guarded()
print(g.send(None))
g.close()
