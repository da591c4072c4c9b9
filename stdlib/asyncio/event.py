# asyncio: Event.

from . import core


class Event:
    def __init__(self):
        self.state = False
        self.waiting = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        core._wake_all(self.waiting)

    def clear(self):
        self.state = False

    async def wait(self):
        if not self.state:
            await core._wait_on(self.waiting)
        return True


class ThreadSafeFlag:
    # MicroPython's flag: set() wakes the waiter; wait() consumes the flag.
    def __init__(self):
        self.state = False
        self.waiting = []

    def set(self):
        self.state = True
        core._wake_all(self.waiting)

    def clear(self):
        self.state = False

    async def wait(self):
        while not self.state:
            await core._wait_on(self.waiting)
        self.state = False
