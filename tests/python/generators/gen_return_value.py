# return x in a generator becomes StopIteration.value, caught manually or via yield from.
def produce(n):
    for i in range(n):
        yield i
    return 'produced %d' % n

g = produce(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value, 'args:', e.args)


def no_return():
    yield 1

g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value without return:', e.value, e.args)


def returns_none():
    yield 1
    return None

g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print('explicit None:', e.value, e.args)


def early(x):
    if x < 0:
        return 'negative'
    yield x
    return 'normal'

for arg in (-1, 5):
    g = early(arg)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            out.append('ret=' + e.value)
            break
    print(out)


def returns_tuple():
    yield 'x'
    return (1, 2)

g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
print(list(produce(3)))


def consume_all(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value

print(consume_all(produce(4)))
print(consume_all(iter([1, 2])))
