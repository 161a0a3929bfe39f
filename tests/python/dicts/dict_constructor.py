# dict() constructor forms and dict literals.
print(dict())
print(dict(a=1, b=2))
print(dict([(1, 2), (3, 4)]))
print(dict([('x', 1)], y=2))
print(dict({'k': 'v'}))
print(dict(zip('abc', range(3))))
print(dict([('dup', 1), ('dup', 2)]))
print(dict(['ab', 'cd']))
print({})
print({'a': [1, 2], 'b': {'c': None}})
pairs = []
for i in range(5):
    pairs.append((i, i ** 2))
print(dict(pairs))
d = dict(enumerate('xyz'))
print(d)
original = {'a': [1]}
shallow = dict(original)
shallow['a'].append(2)
shallow['b'] = 3
print(original, shallow)
c = original.copy()
print(c == original, c is original)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
