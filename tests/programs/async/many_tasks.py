# Two thousand tasks sleeping and yielding; gather keeps their order.
import asyncio
async def w(i):
    await asyncio.sleep_ms(i % 7)
    await asyncio.sleep(0)
    return i
async def main():
    r = await asyncio.gather(*[w(i) for i in range(2000)])
    print(sum(r), len(r))
asyncio.run(main())
