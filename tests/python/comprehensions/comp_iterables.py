# Comprehensions over many kinds of iterables: dicts, strings, ranges, generators, user iterators.
d = {'x': 1, 'y': 2, 'z': 3}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
print([c for c in 'abc'], [b for b in b'AB'], [r for r in range(10, 0, -3)])
print([t for t in (1, 'two', 3.0)], [x for x in {5}], [x for x in frozenset([7])])
print([x * 2 for x in (y + 1 for y in range(3))])
print([line.strip() for line in 'one\n two \nthree'.splitlines()])
print([p for p in enumerate('ab')], [z for z in zip('ab', range(2))])
print([m for m in map(abs, [-1, -2])], [f for f in filter(None, [0, 1, '', 'a'])])
print([r for r in reversed([1, 2, 3])], [s for s in sorted('cba')])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

print([x for x in Countdown(4)], {x % 2 for x in Countdown(5)}, {x: x * x for x in Countdown(3)})
print(sum(x for x in Countdown(100)))
it = iter(range(6))
print([(a, b) for a, b in zip(it, it)])
it = iter('abcdef')
print([x + next(it, '') for x in it])
print([x for x in range(3)] + [x for x in 'ab'])
print([[x for x in range(n)] for n in range(4)])
print(list(map(lambda s: [c for c in s], ['hi', 'yo'])))
print(max([len(w) for w in 'a quick brown fox'.split()]))
print(dict([(i, [j for j in range(i)]) for i in range(3)]))
print(tuple(x for x in range(3)), frozenset(x % 2 for x in range(4)) == frozenset({0, 1}))
