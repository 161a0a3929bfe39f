# iter() and next() with default.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, 'exhausted'), next(it, None))
s = iter('hi')
print(next(s), next(s), next(s, '-'))
t = iter((1,))
print(next(t))
try:
    next(t)
except StopIteration:
    print('StopIteration raised')
d = iter({'a': 1, 'b': 2})
print(list(d))
r = iter(range(5))
next(r)
next(r)
print(list(r))
it2 = iter([1, 2, 3])
print(iter(it2) is it2)
for x in it2:
    print('loop', x)
    if x == 1:
        print('skipped', next(it2))
e = enumerate('ab')
print(next(e), next(e), next(e, 'no more'))
z = zip('ab', 'cd')
print(next(z), list(z))
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next('abc')
except TypeError as e:
    print('TypeError:', e)
