# get and setdefault.
d = {'a': 1, 'b': None}
print(d.get('a'), d.get('b'), d.get('c'), d.get('c', 'default'), d.get('b', 'default'))
print(d)
print(d.setdefault('a', 100))
print(d.setdefault('c', 3))
print(d.setdefault('d'))
print(d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {}
nested.setdefault('x', {}).setdefault('y', []).append(1)
nested.setdefault('x', {}).setdefault('y', []).append(2)
print(nested)
