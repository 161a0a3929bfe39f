# In-place set methods: update, intersection_update, difference_update, symmetric_difference_update.
s = {1, 2, 3}
print(s.update([4, 5]), s)
s.update({6}, (7, 8), range(9, 11))
print(s)
print(s.intersection_update(range(0, 11, 2)), s)
s.intersection_update({2, 4, 6, 100}, [4, 6, 8])
print(s)
s = set(range(10))
print(s.difference_update([0, 1]), s)
s.difference_update({2, 3}, range(8, 20))
print(s)
s.symmetric_difference_update({4, 5, 100})
print(s)
s.update()
print(s)
s.update('ab')
print(sorted(s, key=str))
t = set()
for chunk in ([1, 2], [2, 3], [3, 4]):
    t.update(chunk)
print(t)
u = {1, 2, 3}
u.intersection_update()
print(u)
f = frozenset({1, 2})
print(hasattr(f, 'update'), hasattr(f, 'add'), hasattr(f, 'union'))
try:
    f.add(3)
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.update(1)
except TypeError as e:
    print('TypeError:', e)
