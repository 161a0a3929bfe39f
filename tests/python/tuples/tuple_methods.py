# count, index, len, in, slicing, concatenation of tuples.
t = (1, 'a', 2, 'a', 3, 'a')
print(t.count('a'), t.count(1), t.count('z'))
print(t.index('a'), t.index('a', 2), t.index(3))
try:
    t.index('z')
except ValueError as e:
    print('ValueError:', e)
print(len(t), 'a' in t, 'z' in t)
print(t[1:4], t[::-1], t[::2])
print(t + (4,), t * 0, (1, 2) * 2)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    t.append(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
try:
    print(t + [1])
except TypeError as e:
    print('TypeError:', e)
print(tuple(range(3)), tuple([1, [2]]))
x = (1, [2, 3])
x[1].append(4)
print(x)
print(sum((1, 2, 3)), min(t[::2]), max((4, 9, 2)))
print(sorted((3, 1, 2)))
print((1, 2, 3)[-1], (1, 2, 3)[0])
try:
    (1, 2)[5]
except IndexError as e:
    print('IndexError:', e)
