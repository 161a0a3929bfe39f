# Order after deletes and re-inserts.
d = {}
for k in 'abcdef':
    d[k] = ord(k)
print(d)
del d['b']
del d['e']
print(d)
d['b'] = 'back'
print(d)
d['a'] = 'updated in place'
print(d)
del d['a']
d['a'] = 'reinserted'
print(list(d))
for i in range(100):
    d['tmp' + str(i)] = i
for i in range(100):
    del d['tmp' + str(i)]
print(d)
d.pop('c')
d['c'] = 'last'
print(list(d.items()))
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)
x = {1: 1}
for i in range(2, 50):
    x[i] = i
    del x[i - 1]
print(x)
