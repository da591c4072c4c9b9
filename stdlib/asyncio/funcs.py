# asyncio: gather and wait_for.

from . import core


async def gather(*aws, return_exceptions=False):
    tasks = [core._promote(aw) for aw in aws]
    waiting = []  # the gathering task, while it waits
    state = [len(tasks), None]  # tasks not finished yet, first exception

    def on_done(t):
        state[0] -= 1
        if t._exc is not None and not return_exceptions and state[1] is None:
            state[1] = t._exc
        if state[0] == 0 or state[1] is not None:
            core._wake_all(waiting)

    for t in tasks:
        t._awaited = True
        if t._done:
            on_done(t)
        else:
            t._callbacks.append(on_done)
    try:
        while state[0] > 0 and state[1] is None:
            await core._wait_on(waiting)
    except core.CancelledError:
        for t in tasks:
            t.cancel()
        raise
    finally:
        for t in tasks:
            if on_done in t._callbacks:
                t._callbacks.remove(on_done)
    if state[1] is not None:
        raise state[1]
    return [t._exc if t._exc is not None else t._result for t in tasks]


async def wait_for(aw, timeout):
    t = core._promote(aw)
    if timeout is None:
        return await t
    return await wait_for_ms(t, int(timeout * 1000))


async def wait_for_ms(aw, timeout):
    t = core._promote(aw)
    if timeout is None:
        return await t
    me = core.cur_task
    waiting = []

    def on_done(task):
        core._wake_all(waiting)

    t._awaited = True
    if not t._done:
        t._callbacks.append(on_done)
        core._sleep_push(me, max(0, timeout))
        try:
            await core._wait_on(waiting)
        except core.CancelledError:
            # Cancelled from outside: cancel the awaited task too.
            t.cancel()
            raise
        finally:
            if on_done in t._callbacks:
                t._callbacks.remove(on_done)
    if not t._done:
        t.cancel()
        raise core.TimeoutError
    if t._exc is not None:
        raise t._exc
    return t._result
