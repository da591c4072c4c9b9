# richards: Martin Richards' operating-system simulation benchmark. A
# scheduler runs an idle task, a worker, two handlers and two devices that
# pass packets to each other; prints the hold and queue-packet counts.
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLER_A = 3
I_HANDLER_B = 4
I_DEV_A = 5
I_DEV_B = 6
K_DEV = 1000
K_WORK = 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Appends this packet at the end of queue and returns the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise ValueError("no task %d" % ident)
        return task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding or (not task.pending and task.waiting):
                task = task.link
            else:
                task = task.run_once()


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        sched.task_list = self
        sched.tasks[ident] = self

    def run_once(self):
        pkt = None
        if self.pending and self.waiting and not self.holding:
            pkt = self.queue
            self.queue = pkt.link
            self.pending = self.queue is not None
            self.waiting = False
        return self.step(pkt)

    def add_packet(self, pkt, old):
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return old

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.sched.find(ident)
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def qpkt(self, pkt):
        task = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return task.add_packet(pkt, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, count):
        super().__init__(sched, ident, priority, queue, False, False)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(I_DEV_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, True, True)
        self.destination = I_HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.wait()
        if self.destination == I_HANDLER_A:
            self.destination = I_HANDLER_B
        else:
            self.destination = I_HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.qpkt(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, True, True)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.qpkt(work)
        dev = self.device_in
        if dev is None:
            return self.wait()
        self.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, False, True)
        self.pending_pkt = None
        self.output = 0

    def step(self, pkt):
        if pkt is None:
            pkt = self.pending_pkt
            if pkt is None:
                return self.wait()
            self.pending_pkt = None
            return self.qpkt(pkt)
        self.pending_pkt = pkt
        self.output = (self.output * 7 + pkt.datum) % 65521
        return self.hold()


def run_once():
    sched = Scheduler()
    IdleTask(sched, I_IDLE, 1, None, 10000)
    queue = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(sched, I_WORK, 1000, queue)
    queue = Packet(Packet(Packet(None, I_DEV_A, K_DEV), I_DEV_A, K_DEV), I_DEV_A, K_DEV)
    HandlerTask(sched, I_HANDLER_A, 2000, queue)
    queue = Packet(Packet(Packet(None, I_DEV_B, K_DEV), I_DEV_B, K_DEV), I_DEV_B, K_DEV)
    HandlerTask(sched, I_HANDLER_B, 3000, queue)
    dev_a = DeviceTask(sched, I_DEV_A, 4000)
    dev_b = DeviceTask(sched, I_DEV_B, 5000)
    sched.run()
    return sched.hold_count, sched.qpkt_count, dev_a.output, dev_b.output


iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 40
for _ in range(iterations):
    result = run_once()
print("hold count: %d, queue count: %d" % result[:2])
print("device output: %d %d" % result[2:])
