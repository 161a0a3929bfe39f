# yield from evaluates to the delegated generator's return value.
def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total


def main():
    a = yield from sub(3)
    print('  sub(3) returned', a)
    b = yield from sub(5)
    print('  sub(5) returned', b)
    return a + b

g = main()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print('main returned', e.value)
        break
print(items)


def leaf(name):
    yield name
    return name.upper()


def branch():
    results = []
    for n in ['x', 'y', 'z']:
        r = yield from leaf(n)
        results.append(r)
    return '-'.join(results)


def root():
    joined = yield from branch()
    yield 'joined: ' + joined

print(list(root()))


def from_list():
    r = yield from [1, 2]
    yield 'list gives ' + repr(r)

print(list(from_list()))


def empty_sub():
    return 'nothing yielded'
    yield


def uses_empty():
    r = yield from empty_sub()
    yield r

print(list(uses_empty()))


def accumulate():
    tally = 0
    while True:
        v = yield
        if v is None:
            return tally
        tally += v


def gather(results):
    while True:
        t = yield from accumulate()
        results.append(t)

results = []
g = gather(results)
next(g)
for v in [1, 2, 3, None, 10, 20, None, 5, None]:
    g.send(v)
print(results)


def count_items(items):
    n = 0
    for x in items:
        yield x
        n += 1
    return n


def totals():
    counts = []
    for group in (['a', 'b'], [], ['c']):
        n = yield from count_items(group)
        counts.append(n)
    return counts

g = totals()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print('items', out, 'counts', e.value)
        break


def raises_inside():
    yield 1
    raise KeyError('from sub')


def delegator():
    try:
        yield from raises_inside()
    except KeyError as e:
        yield 'delegator caught ' + repr(e)
    return 'delegator done'

g = delegator()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)
