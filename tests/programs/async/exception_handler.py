# An exception ending a task nobody awaits goes to the loop's handler.
import asyncio


async def bad():
    raise KeyError("lost")


async def good():
    return 1


def handler(loop, context):
    print("handler:", context["message"])
    print("exception:", repr(context["exception"]))
    print("future is a task:", isinstance(context["future"], asyncio.Task))


async def retrieved():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    # The task failed, but this await retrieves the exception in time.
    try:
        await t
    except KeyError as e:
        print("retrieved", e)


async def main():
    asyncio.create_task(bad())
    asyncio.create_task(good())
    await asyncio.sleep(0.01)
    await retrieved()
    print("main done")


loop = asyncio.get_event_loop()
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
asyncio.run(main())
