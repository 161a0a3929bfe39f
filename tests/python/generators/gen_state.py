# Generator local state survives between next() calls; locals, arguments and loops resume.
def running_total(values):
    total = 0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total, count, total / count

for t in running_total([10, 20, 30, 40]):
    print(t)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))


def stateful(prefix):
    n = 0
    while n < 3:
        n += 1
        prefix = prefix + '*'
        yield prefix + str(n)

s = stateful('>')
print(next(s))
print(next(s))
print(next(s))
print(next(s, 'done'))


def nested_loops():
    for i in range(3):
        for j in range(i):
            yield (i, j)

print(list(nested_loops()))


def interleave(*iterables):
    iters = [iter(it) for it in iterables]
    while iters:
        nxt = []
        for it in iters:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        iters = nxt

print(list(interleave('abc', [1, 2], 'XYZW')))


def counter():
    calls = []
    i = 0
    while True:
        calls.append(i)
        yield list(calls)
        i += 1

c = counter()
print(next(c), next(c), next(c))
g1 = fib()
g2 = fib()
next(g1); next(g1); next(g1)
print(next(g1), next(g2))


def uses_global():
    yield LIMIT
    yield LIMIT * 2

LIMIT = 5
g = uses_global()
print(next(g))
LIMIT = 100
print(next(g))
