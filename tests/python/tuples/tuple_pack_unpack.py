# Tuple packing and unpacking.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
x, y = 'xy'
print(x, y)
p, q = [10, 20]
print(p, q)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
(m, n) = (5, 6)
print(m, n)
[r, s] = (7, 8)
print(r, s)
def pair():
    return 'left', 'right'
l, rr = pair()
print(l, rr)
print(pair())
for k, v in [('a', 1), ('b', 2)]:
    print(k, v)
i, j = range(2)
print(i, j)
d1, d2 = {'first': 1, 'second': 2}
print(d1, d2)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
try:
    a, = []
except ValueError as e:
    print('ValueError:', e)
single, = [42]
print(single)
