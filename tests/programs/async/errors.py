# Misuse gives the usual exceptions.
import asyncio


async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    return "ok"


try:
    asyncio.create_task(42)
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(main()))


async def raises():
    await asyncio.sleep(0)
    raise ZeroDivisionError("five")


try:
    asyncio.run(raises())
except ZeroDivisionError as e:
    print("run raised ZeroDivisionError", e)
