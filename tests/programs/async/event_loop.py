# The loop object: run_until_complete, run_forever and stop, create_task.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def ticker(loop, n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.001)
    loop.stop()


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
print(loop.run_until_complete(add(2, 3)))
t = loop.create_task(add(10, 20))
print(loop.run_until_complete(t))
loop.create_task(ticker(loop, 3))
loop.run_forever()
print("stopped")
loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(1, 1)))
loop.close()
print(asyncio.run(add(4, 5)))
