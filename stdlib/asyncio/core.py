# asyncio core: tasks and the scheduler (MicroPython's asyncio subset).
#
# A task wraps a coroutine (in krait, as in MicroPython, a generator). The
# loop runs the first task of the ready queue until its coroutine yields.
# Awaitables that block put the current task somewhere first: in the sleep
# heap (ordered by wake-up time in time.ticks_ms milliseconds) or in a wait
# queue (a list: of an Event, a Lock, a task's awaiters...). Making a task
# ready again (_push) removes it from wherever else it waits, so waiting on
# several things at once (wait_for) needs no extra bookkeeping. A task that
# yields without waiting anywhere just goes back to the end of the ready queue.

import time
import heapq


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_ready = []  # runnable tasks, first in first out
_sleeping = []  # heap of [wake-up time, sequence number, task or None]
_seq = 0
_epoch = time.ticks_ms()
_stop = False
cur_task = None
_exc_handler = None


def _now():
    return time.ticks_diff(time.ticks_ms(), _epoch)


def _unlink(t):
    # Take t out of the sleep heap (lazily) and out of its wait queue.
    if t._sleep is not None:
        t._sleep[2] = None
        t._sleep = None
    if t._queue is not None:
        if t in t._queue:
            t._queue.remove(t)
        t._queue = None


def _push(t):
    _unlink(t)
    if not t._is_ready:
        t._is_ready = True
        _ready.append(t)


def _sleep_push(t, ms):
    global _seq
    _seq += 1
    entry = [_now() + ms, _seq, t]
    t._sleep = entry
    heapq.heappush(_sleeping, entry)


def _wait_on(queue):
    # Park the current task in `queue` until something _pushes it.
    t = cur_task
    queue.append(t)
    t._queue = queue
    yield


def _wake_all(queue):
    while queue:
        _push(queue[0])


class _Park:
    # Give control back to the loop once; the task waits wherever it was put.
    def __iter__(self):
        yield


class Task:
    def __init__(self, coro):
        self.coro = coro
        self._done = False
        self._result = None
        self._exc = None
        self._waiters = []  # tasks awaiting this one
        self._callbacks = []  # called with the task when it finishes
        self._awaited = False  # its outcome was retrieved (or will be)
        self._reported = False
        self._queue = None
        self._sleep = None
        self._is_ready = False
        self._throw = None  # exception to raise in it when it next runs

    def __repr__(self):
        return "<Task>"

    def done(self):
        return self._done

    def cancel(self):
        if self._done:
            return False
        if self is cur_task:
            raise RuntimeError("can't cancel self")
        self._throw = CancelledError()
        _push(self)
        return True

    def __iter__(self):
        # `await task`: its return value, or its exception raised here.
        if not self._done:
            yield from _wait_on(self._waiters)
        self._awaited = True
        if self._exc is not None:
            raise self._exc
        return self._result


def _finish(t, result, exc):
    t._done = True
    t._result = result
    t._exc = exc
    retrieved = bool(t._waiters) or t._awaited
    _wake_all(t._waiters)
    callbacks = t._callbacks
    t._callbacks = []
    for cb in callbacks:
        cb(t)
    if exc is not None and not retrieved and not isinstance(exc, CancelledError):
        # Nobody waits for it: report the exception unless a task retrieves
        # it before the loop comes back to this one.
        _push(t)


def _report(t):
    if t._reported or t._awaited:
        return
    t._reported = True
    context = {"message": "Task exception wasn't retrieved", "exception": t._exc, "future": t}
    _loop.call_exception_handler(context)


def _step(t):
    global cur_task
    cur_task = t
    exc = t._throw
    t._throw = None
    try:
        if exc is None:
            t.coro.send(None)
        else:
            t.coro.throw(exc)
    except StopIteration as e:
        cur_task = None
        _finish(t, e.value, None)
    except (CancelledError, Exception) as e:
        cur_task = None
        _finish(t, None, e)
    else:
        cur_task = None
        if t._sleep is None and t._queue is None:
            _push(t)


def _run(main):
    # Run tasks until `main` is done (or, when it is None, until stop()).
    global _stop
    _stop = False
    while not (_stop if main is None else main._done):
        now = _now()
        while _sleeping and (_sleeping[0][2] is None or _sleeping[0][0] <= now):
            entry = heapq.heappop(_sleeping)
            if entry[2] is not None:
                entry[2]._sleep = None
                _push(entry[2])
        if not _ready:
            if not _sleeping:
                break
            time.sleep_ms(max(0, _sleeping[0][0] - now))
            continue
        t = _ready.pop(0)
        t._is_ready = False
        if t._done:
            _report(t)
        else:
            _step(t)
    if main is None:
        return None
    if not main._done:
        raise RuntimeError("event loop ran out of tasks")
    main._awaited = True
    if main._exc is not None:
        raise main._exc
    return main._result


def _promote(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _push(t)
    return t


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def sleep_ms(t):
    task = cur_task
    if t > 0:
        _sleep_push(task, t)
    else:
        _push(task)
    yield


def sleep(t):
    return sleep_ms(int(t * 1000))


def run(coro):
    return _run(_promote(coro))


class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        _run(None)

    def run_until_complete(self, aw):
        return _run(_promote(aw))

    def stop(self):
        global _stop
        _stop = True

    def close(self):
        pass

    def set_exception_handler(self, handler):
        global _exc_handler
        _exc_handler = handler

    def get_exception_handler(self):
        return _exc_handler

    def default_exception_handler(self, context):
        import sys

        print(context["message"], file=sys.stderr)
        future = context["future"]
        print("future:", future, "coro=", future.coro, file=sys.stderr)
        exc = context["exception"]
        if hasattr(sys, "print_exception"):
            sys.print_exception(exc, sys.stderr)
        else:
            print("%s: %s" % (type(exc).__name__, exc), file=sys.stderr)

    def call_exception_handler(self, context):
        if _exc_handler is None:
            self.default_exception_handler(context)
        else:
            _exc_handler(self, context)


_loop = Loop()


def get_event_loop():
    return _loop


def new_event_loop():
    global _ready, _sleeping, _stop
    _ready = []
    _sleeping = []
    _stop = False
    return _loop
