# Dicts preserve insertion order.
d = {}
for k in ['zebra', 'apple', 'mango', 'banana']:
    d[k] = len(k)
print(d)
print(list(d))
d['apple'] = 99
print(d)
d['aardvark'] = 1
print(d)
for k in d:
    print(k, d[k])
e = {3: 'c', 1: 'a', 2: 'b'}
print(e)
print(list(e.keys()), list(e.values()))
n = {}
for i in range(10, 0, -1):
    n[i * 7 % 11] = i
print(n)
print({'b': 1, 'a': 2, 'b': 3})
