# asyncio: MicroPython's subset of CPython's asyncio, on krait's coroutines
# (generators, as in MicroPython).

from .core import *
from .core import Task, Loop, CancelledError, TimeoutError
from .funcs import gather, wait_for, wait_for_ms
from .event import Event, ThreadSafeFlag
from .lock import Lock
