# yield as an expression: (yield) + 1, yields in call arguments, in tuples and comparisons.
def plus_one():
    x = (yield) + 1
    yield x

g = plus_one()
next(g)
print(g.send(41))


def two_yields():
    print('  printing', (yield 1), (yield 2))
    yield 'end'

g = two_yields()
print(next(g))
print(g.send('a'))
print(g.send('b'))


def pair():
    t = (yield 'first'), (yield 'second')
    yield t

g = pair()
print(next(g), g.send('A'), g.send('B'))


def doubler():
    total = 0
    while True:
        total += 2 * (yield total)

d = doubler()
print(next(d), d.send(1), d.send(10), d.send(0))


def compare():
    result = (yield 'give me a') < (yield 'give me b')
    yield result

c = compare()
print(next(c), c.send(3), c.send(5))


def plain_yield_value():
    v = yield
    w = yield v
    yield (v, w)

p = plain_yield_value()
print(next(p), p.send('x'), p.send('y'))


def in_list():
    items = [(yield 1), (yield 2), (yield 3)]
    yield items

g = in_list()
print(next(g), g.send('a'), g.send('b'), g.send('c'))


def in_dict():
    d = {'k': (yield 'key?'), (yield 'second key?'): 'v'}
    yield d

g = in_dict()
print(next(g), g.send(1), g.send('two'))


def yield_next_returns_none():
    received = []
    for _ in range(3):
        received.append((yield len(received)))
    yield received

g = yield_next_returns_none()
print(next(g), next(g), g.send('s'), next(g))


def chained():
    a = yield
    b = yield a * 2
    c = yield a + b
    return a + b + c

g = chained()
next(g)
print(g.send(5), g.send(7))
try:
    g.send(100)
except StopIteration as e:
    print('returned', e.value)


def yield_in_subscript():
    data = ['zero', 'one', 'two']
    yield data[(yield 'index?')]

g = yield_in_subscript()
print(next(g), g.send(2))
