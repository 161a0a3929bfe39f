# next() with a default on generators, exhausted generators, and StopIteration in loops.
def two():
    yield 'first'
    yield 'second'

g = two()
print(next(g, 'd'), next(g, 'd'), next(g, 'd'), next(g, None))
print(next(iter([]), 'empty list'))
print(next((x for x in range(10) if x > 5), -1))
print(next((x for x in range(10) if x > 50), -1))


def find_first(pred, items):
    return next((i for i in items if pred(i)), None)

print(find_first(lambda s: s.startswith('b'), ['apple', 'banana', 'blueberry']))
print(find_first(lambda n: n < 0, [1, 2, 3]))
g = two()
for v in g:
    print('loop', v)
print(list(g), next(g, 'still exhausted'))
g = two()
next(g)
print(list(g))
g = two()
res = []
while True:
    v = next(g, None)
    if v is None:
        break
    res.append(v)
print(res)


def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            item = next(it, None)
            if item is None:
                break
            chunk.append(item)
        if not chunk:
            return
        yield chunk

print(list(chunks(range(1, 11), 3)))
print(list(chunks('abcdef', 2)))
print(list(chunks([], 4)))
try:
    next(two(), 'a', 'b')
except TypeError as e:
    print('TypeError:', e)
