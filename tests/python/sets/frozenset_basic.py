# frozenset: immutability, hashability, use as dict keys and set members, equality with set.
f = frozenset('abc')
g = frozenset(['c', 'b', 'a'])
print(f == g, hash(f) == hash(g), sorted(f))
d = {f: 'letters', frozenset(): 'empty', frozenset({1, 2}): 'nums'}
print(d[g], d[frozenset()], d[frozenset([2, 1])])
print(frozenset({1, 2}) in d, frozenset({1}) in d)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
groups = {}
for word in ['listen', 'silent', 'enlist', 'google', 'banana', 'inlets']:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
print(sorted(groups.values()))
print(frozenset({1, 2}) | {3}, frozenset({1, 2}) & frozenset({2}), frozenset({1}) ^ {2})
print(set({1}) == frozenset({1}), {1} in [frozenset({1})])
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
try:
    {{1}: 'x'}
except TypeError as e:
    print('TypeError:', e)
print(hash(frozenset()) == hash(frozenset([])), frozenset(frozenset([3])))
print(len(frozenset(range(100))), 99 in frozenset(range(100)))
try:
    frozenset([1]).remove(1)
except AttributeError as e:
    print('AttributeError:', e)
subsets = {frozenset(s) for s in [[], [1], [2], [1, 2], [2, 1]]}
print(len(subsets), sorted(len(s) for s in subsets))
print(frozenset([1, 2]).issubset({1, 2, 3}), frozenset('ab').isdisjoint('cd'))
print(repr(frozenset()), repr(frozenset([5])))
