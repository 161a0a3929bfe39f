# * and ** unpacking inside list/tuple/set/dict displays and in assignment targets.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *a], (*'ab',), [*range(3), *{}.keys()])
print({**{'x': 1}, **{'y': 2}}, {**{'k': 'old'}, 'k': 'new'}, {'k': 'first', **{'k': 'second'}})
base = {'host': 'localhost', 'port': 80}
override = {'port': 8080, 'debug': True}
merged = {**base, **override}
print(merged, base, {**base, 'port': 1, **{'host': 'h'}})
print({**{}, **{}}, [*[], *()], set([*()]))
first, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
x, *y = 'a'
print(x, y)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
for n, *tail_items in [(1, 2, 3), (4,)]:
    print(n, tail_items)
print([*map(str, a)], {*'aab'} == {'a', 'b'}, len([*'x' * 3]))
nested = [*[*a, *b], *[[*a]]]
print(nested)
d1 = {'a': 1}
d2 = {**d1}
d2['a'] = 2
print(d1, d2)
print(dict(**{'a': 1}, b=2), {**dict(zip('ab', [1, 2]))})
try:
    {**[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    [*5]
except TypeError as e:
    print('TypeError:', e)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print('ValueError:', e)
