# asyncio: Lock. release() hands the lock straight to the first waiter, so a
# task woken in acquire() already holds it.

from . import core


class Lock:
    def __init__(self):
        self.state = False
        self.owner = None  # the waiter the lock was handed to, until it runs
        self.waiting = []

    def locked(self):
        return self.state

    def release(self):
        if not self.state:
            raise RuntimeError("Lock not acquired")
        if self.waiting:
            self.owner = self.waiting[0]
            core._push(self.owner)
        else:
            self.state = False

    async def acquire(self):
        if self.state:
            me = core.cur_task
            try:
                await core._wait_on(self.waiting)
            except core.CancelledError:
                if self.owner is me:
                    # Handed the lock, then cancelled before taking it.
                    self.owner = None
                    self.release()
                raise
            self.owner = None
        self.state = True
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
