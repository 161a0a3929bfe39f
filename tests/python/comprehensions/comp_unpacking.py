# Comprehension targets with unpacking: tuples, nested tuples, starred targets, enumerate/zip.
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points])
print([(y, x) for (x, y) in points])
nested = [(1, (2, 3)), (4, (5, 6))]
print([a * b * c for a, (b, c) in nested])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([mid for _, *mid, _ in ['abcd', 'xyz', 'pq']])
print({k: v for k, v in [('a', 1), ('b', 2)]})
print([i * c for i, c in enumerate('xyz')])
print([a + b + c for a, b, c in zip('abc', 'def', 'ghi')])
print({name: total for name, *scores, total in [('ann', 1, 2, 3), ('bob', 9)]})
print([[x, y] for x, y in {'p': 1, 'q': 2}.items()])
print([x for [x] in [[1], [2], [3]]])
print([(i, ch) for i, (ch, _) in enumerate([('a', 0), ('b', 1)])])
try:
    [a for a, b in [(1, 2), (3, 4, 5)]]
except ValueError as e:
    print('ValueError:', e)
try:
    [a for a, b in [1, 2]]
except TypeError as e:
    print('TypeError:', e)
print(sum(a * b for a, b in zip(range(5), range(5, 10))))
