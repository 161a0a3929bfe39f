"""Richards OS-kernel simulation: classes, inheritance, polymorphic method calls, linked lists, bit flags."""
import harness

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
TASK_COUNT = 6
KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4

RUNNING = 0
RUNNABLE = 1
SUSPENDED = 2
HELD = 4
SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class TaskState:
    def __init__(self, state):
        self.state = state

    def is_held_or_suspended(self):
        return (self.state & HELD) != 0 or self.state == SUSPENDED

    def mark_held(self):
        self.state |= HELD

    def mark_not_held(self):
        self.state &= ~HELD

    def mark_suspended(self):
        self.state |= SUSPENDED

    def mark_runnable(self):
        self.state |= RUNNABLE


class TaskControlBlock(TaskState):
    def __init__(self, link, ident, priority, queue, task):
        super().__init__(SUSPENDED if queue is None else SUSPENDED_RUNNABLE)
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task

    def run(self):
        if self.state == SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = RUNNING if self.queue is None else RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.mark_runnable()
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class Task:
    def __init__(self, scheduler):
        self.scheduler = scheduler


class IdleTask(Task):
    def __init__(self, scheduler, seed, count):
        Task.__init__(self, scheduler)
        self.seed = seed
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class DeviceTask(Task):
    def __init__(self, scheduler):
        super().__init__(scheduler)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            p = self.pending
            self.pending = None
            return self.scheduler.queue(p)
        self.pending = packet
        return self.scheduler.hold_current()


class WorkerTask(Task):
    def __init__(self, scheduler, destination, counter):
        super().__init__(scheduler)
        self.destination = destination
        self.counter = counter

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.a2[i] = self.counter
        return self.scheduler.queue(packet)


class HandlerTask(Task):
    def __init__(self, scheduler):
        super().__init__(scheduler)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.a1
            if count < DATA_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.a1 = work.a2[count]
                    work.a1 = count + 1
                    return self.scheduler.queue(dev)
            else:
                self.work = work.link
                return self.scheduler.queue(work)
        return self.scheduler.suspend_current()


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.table = [None] * TASK_COUNT
        self.tasks = None
        self.current = None
        self.current_ident = -1

    def add_task(self, ident, priority, queue, task):
        self.current = TaskControlBlock(self.tasks, ident, priority, queue, task)
        self.tasks = self.current
        self.table[ident] = self.current

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            if self.current.is_held_or_suspended():
                self.current = self.current.link
            else:
                self.current_ident = self.current.ident
                self.current = self.current.run()

    def release(self, ident):
        tcb = self.table[ident]
        if tcb is None:
            return tcb
        tcb.mark_not_held()
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.mark_held()
        return self.current.link

    def suspend_current(self):
        self.current.mark_suspended()
        return self.current

    def queue(self, packet):
        target = self.table[packet.ident]
        if target is None:
            return target
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_ident
        return target.add_packet(packet, self.current)


def packets(ident, kind, n):
    queue = None
    for _ in range(n):
        queue = Packet(queue, ident, kind)
    return queue


def run_once(count):
    s = Scheduler()
    s.add_task(IDLE, 0, None, IdleTask(s, 1, count))
    s.current.state = RUNNING
    s.add_task(WORKER, 1000, packets(WORKER, KIND_WORK, 2), WorkerTask(s, HANDLER_A, 0))
    s.add_task(HANDLER_A, 2000, packets(DEVICE_A, KIND_DEVICE, 3), HandlerTask(s))
    s.add_task(HANDLER_B, 3000, packets(DEVICE_B, KIND_DEVICE, 3), HandlerTask(s))
    s.add_task(DEVICE_A, 4000, None, DeviceTask(s))
    s.add_task(DEVICE_B, 5000, None, DeviceTask(s))
    s.schedule()
    return s.queue_count, s.hold_count


def bench(n):
    total = 0
    for _ in range(n):
        queued, held = run_once(1000)
        if queued != 2322 or held != 928:
            raise AssertionError("richards: wrong counts %d %d" % (queued, held))
        total += queued + held
    big = run_once(10000)
    return "%d:%d:%d" % (total, big[0], big[1])


harness.main(bench, 200)
