# keys/values/items views are live: they reflect later insertions, updates and deletions.
d = {'a': 1, 'b': 2}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
print(len(keys), len(values), len(items))
d['c'] = 3
print(keys, values, items)
d['a'] = 100
print(list(values), list(items))
del d['b']
print(keys, len(keys), 'b' in keys, 'c' in keys)
d.clear()
print(keys, values, items, len(items), bool(keys))
d.update(x=1, y=2)
print(list(keys), list(values), list(items))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
snapshot = list(d.keys())
d['z'] = 3
print(snapshot, list(d.keys()))
try:
    for k in d.keys():
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
for k in list(d.keys()):
    if len(k) == 1:
        del d[k]
print(d)
try:
    keys[0]
except TypeError as e:
    print('TypeError:', e)
e = {}
ek = e.keys()
e['late'] = True
print(ek, list(ek))
print(1 in {1: 'a'}.values(), 'a' in {1: 'a'}.values(), (1, 'a') in {1: 'a'}.items())
