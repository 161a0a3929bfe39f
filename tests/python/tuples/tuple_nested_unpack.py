# Nested unpacking patterns.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, (2, 3)
print(a, b, c)
(a, (b, (c, d))) = (1, (2, (3, 4)))
print(a, b, c, d)
[a, [b, c]] = ['x', 'yz']
print(a, b, c)
points = [((0, 0), 'origin'), ((1, 2), 'p'), ((-3, 4), 'q')]
for (x, y), name in points:
    print(name, x, y, x * x + y * y)
for i, (x, y) in enumerate([(5, 6), (7, 8)]):
    print(i, x, y)
data = {'a': (1, 2), 'b': (3, 4)}
for key, (lo, hi) in data.items():
    print(key, lo, hi, hi - lo)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print('ValueError:', e)
