# collections.defaultdict with int, list, set and lambda factories; repr; missing keys.
from collections import defaultdict

counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(counts)
print(dict(counts), counts['missing'], 'missing' in counts, len(counts))
groups = defaultdict(list)
for name in ['ann', 'bob', 'amy', 'cy', 'bea']:
    groups[name[0]].append(name)
print(groups)
print(groups['z'], groups)
uniq = defaultdict(set)
for k, v in [('a', 1), ('a', 1), ('a', 2), ('b', 3)]:
    uniq[k].add(v)
print(uniq)
labels = defaultdict(lambda: 'unknown')
labels['x'] = 'known'
print(labels['x'], labels['y'], sorted(labels.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
nested['a']['c'] += 2
nested['z']['b'] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['nope']
except KeyError as e:
    print('KeyError:', e)
print(counts.get('nothing'), 'nothing' in counts)
print(counts.default_factory is int, groups.default_factory is list)
c2 = counts.copy()
c2['new'] += 5
print(type(c2).__name__, c2['new'], 'new' in counts)
print(isinstance(counts, dict), counts == dict(counts))
tree = lambda: defaultdict(tree)
root = tree()
root['a']['b']['c'] = 1
print(root['a']['b']['c'], list(root), list(root['a']))
d = defaultdict(list, {'pre': [1]})
d['pre'].append(2)
d['new'].append(3)
print(d)
counts.pop('the')
print(sorted(counts), counts.setdefault('zzz', 7), counts['zzz'])
