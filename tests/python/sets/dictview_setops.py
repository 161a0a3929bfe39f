# Dict views as sets: keys() & {...}, items() set operations, comparisons with sets.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 0}
print(a.keys() & b.keys(), type(a.keys() & b.keys()).__name__)
print(sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(a.keys() & {'x', 'q'}, a.keys() - ['x'], sorted(a.keys() | ('p',)))
print(a.items() & b.items(), sorted(a.items() - b.items()))
print(sorted(a.items() ^ b.items()))
print(a.keys() == {'x', 'y', 'z'}, a.keys() == {'x'}, a.keys() <= {'x', 'y', 'z', 'q'})
print({'x', 'y'} < a.keys(), a.keys() > {'y'}, a.keys().isdisjoint({'q'}))
print(('y', 2) in a.items(), ('y', 3) in a.items(), 'y' in a.keys(), 2 in a.values())
print(a.items() == {('x', 1), ('y', 2), ('z', 3)})
common = {k: (a[k], b[k]) for k in a.keys() & b.keys()}
print(sorted(common.items()))
changed = {k for k in a.keys() & b.keys() if a[k] != b[k]}
print(changed)
print(sorted({'q', 'x'} & a.keys()), sorted({'q'} | a.keys()))
try:
    a.values() & {1}
except TypeError as e:
    print('TypeError:', e)
