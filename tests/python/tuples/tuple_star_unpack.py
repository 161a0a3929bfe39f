# Starred assignment targets.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = 'hello'
print(init, last)
first, *rest = (10,)
print(first, rest)
first, *rest = range(4)
print(first, rest)
a, *b, c = 1, 2
print(a, b, c)
*all_items, = [1, 2, 3]
print(all_items)
(a, *b), c = 'xyz', 0
print(a, b, c)
head, *middle, tail = 'abcdef'
print(head, middle, tail)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
print(type(b).__name__)
t = (1, 2, 3)
print((*t, 4))
print([*t, *'ab'])
print((0, *t, *t))
def f(*args):
    return args
print(f(*t, 99, *[100]))
