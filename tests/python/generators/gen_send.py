# send(): values flow into the generator; send(None) equals next(); return values of send.
def echo():
    received = []
    while True:
        value = yield len(received)
        print('  got', repr(value))
        received.append(value)
        if value == 'stop':
            return received

g = echo()
print(next(g))
print(g.send('hello'))
print(g.send(42))
print(g.send(None))
print(next(g))
try:
    g.send('stop')
except StopIteration as e:
    print('finished with', e.value)


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print('average', a.send(v))


def accumulator():
    total = 0
    while True:
        cmd = yield total
        if isinstance(cmd, int):
            total += cmd
        elif cmd == 'reset':
            total = 0
        elif cmd == 'double':
            total *= 2

acc = accumulator()
print([acc.send(c) if c is not None else next(acc) for c in [None, 5, 7, 'double', 'reset', 3, None]])


def tagged():
    tag = 'init'
    for i in range(3):
        new = yield '%s-%d' % (tag, i)
        if new is not None:
            tag = new

t = tagged()
print(next(t), t.send('x'), next(t))
print(next(t, 'end'))


def send_into_yield_from():
    inner_result = yield from echo()
    yield 'outer saw ' + repr(inner_result)

g = send_into_yield_from()
print(next(g), g.send('a'), g.send('b'))
print(g.send('stop'))
