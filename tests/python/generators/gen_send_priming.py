# Priming coroutine-style generators with next() or send(None), and a priming decorator.
def primed(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start


@primed
def grep(pattern, out):
    while True:
        line = yield
        if pattern in line:
            out.append(line)

found = []
g = grep('py', found)
for line in ['python', 'java', 'pypy', 'c', 'happy']:
    g.send(line)
print(found)


def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v

m = running_max()
print(m.send(None))
print([m.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])


@primed
def pipeline_sink(name, log):
    while True:
        item = yield
        log.append('%s:%s' % (name, item))


@primed
def pipeline_filter(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


@primed
def pipeline_map(fn, target):
    while True:
        item = yield
        target.send(fn(item))

log = []
sink = pipeline_sink('out', log)
chain = pipeline_map(lambda x: x * x, pipeline_filter(lambda x: x % 2 == 1, sink))
for i in range(8):
    chain.send(i)
print(log)


def state_machine():
    state = 'idle'
    while True:
        event = yield state
        if state == 'idle' and event == 'start':
            state = 'running'
        elif state == 'running' and event == 'pause':
            state = 'paused'
        elif state == 'paused' and event == 'resume':
            state = 'running'
        elif event == 'stop':
            state = 'stopped'

sm = state_machine()
print(next(sm))
for ev in ['pause', 'start', 'pause', 'start', 'resume', 'stop', 'start']:
    print(ev, '->', sm.send(ev))
