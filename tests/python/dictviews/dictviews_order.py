# Dict views: insertion order, reinsertion, reversed(), iteration, list(d.items()), dict(zip()).
d = {}
for k in ['banana', 'apple', 'cherry']:
    d[k] = len(k)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
d['apple'] = 0
print(list(d))
del d['banana']
d['banana'] = 1
print(list(d.items()))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
for k, v in d.items():
    print(k, '->', v)
for i, k in enumerate(d):
    print(i, k)
z = dict(zip(['x', 'y', 'z'], [1, 2, 3]))
print(z, dict(zip('ab', range(10))), dict(zip([], [])))
print(dict(zip(z.values(), z.keys())))
print(dict([('a', 1), ('b', 2)]), dict(a=1, b=2), dict({'a': 1}, b=2), dict(z, x=100))
pairs = list(z.items())
pairs.sort(key=lambda kv: -kv[1])
print(pairs, dict(pairs))
print(sorted(d), sorted(d.values()), sorted(d.items(), key=lambda kv: kv[1]))
print(max(z, key=z.get), min(z.items(), key=lambda kv: kv[1]))
inv = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(list(iter(z.items()))[0], next(iter(z.values())), next(reversed(z.keys())))
print({1: 'a', True: 'b', 1.0: 'c'})
print(list({'b': 1, 'a': 2}.keys()) == ['b', 'a'], {'b': 1, 'a': 2} == {'a': 2, 'b': 1})
