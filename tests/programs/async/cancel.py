# Task.cancel raises CancelledError inside the task at its await.
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "kept going"


async def main():
    t = asyncio.create_task(sleeper("s"))
    await asyncio.sleep(0)
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting the task raised CancelledError")
    print("done:", t.done(), "cancel again:", t.cancel())

    # Cancelled before it ever ran: the body never starts.
    t2 = asyncio.create_task(sleeper("never"))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("never started")

    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3)

    try:
        asyncio.current_task().cancel()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
