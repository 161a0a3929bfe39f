# in, len, del, clear, copy, equality of dicts.
d = {'a': 1, 'b': 2}
print('a' in d, 1 in d, 'c' not in d, len(d))
e = {'b': 2, 'a': 1}
print(d == e, d != e, list(d) == list(e))
print({'a': 1} == {'a': 1.0})
print({} == {}, {1: 2} == {1: 3})
f = d.copy()
f['c'] = 3
print(d, f)
f.clear()
print(f, len(f))
del d['a']
print(d)
try:
    print({1: 2} < {3: 4})
except TypeError as e:
    print('TypeError:', e)
g = {'x': [1]}
h = g.copy()
h['x'].append(2)
print(g)
print(bool({}), bool({0: 0}))
d2 = {}
d2['k'] = d2.get('k', 0) + 1
d2['k'] += 1
print(d2)
try:
    d2['missing'] += 1
except KeyError as e:
    print('KeyError:', e)
