# pop with and without default, popitem order (LIFO).
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'))
print(d)
print(d.pop('zz', 'missing'))
print(d.pop('zz', None))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem())
print(d)
d['e'] = 5
print(d.popitem())
print(d.popitem())
print(d.popitem())
print(d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError:', e)
stack = {}
for i in range(4):
    stack[i] = i * i
while stack:
    k, v = stack.popitem()
    print(k, v)
