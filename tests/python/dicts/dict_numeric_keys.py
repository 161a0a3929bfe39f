# 1, 1.0 and True are the same key; the first key object is kept.
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d)
print(len(d))
e = {True: 'x'}
e[1] = 'y'
e[1.0] = 'z'
print(e)
f = {0: 'zero'}
print(f[False], f[0.0], False in f, 0.0 in f)
g = {}
g[2.0] = 'float'
g[2] = 'int'
print(g)
print(g[2], g[2.0])
h = {-0.0: 'neg'}
h[0] = 'pos'
print(h)
k = {}
k[10**20] = 'big'
k[1e20] = 'float big'
print(k)
del d[1.0]
print(d)
counts = {}
for v in [1, 1.0, True, 2, 2.0, 0, False, 0.0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
