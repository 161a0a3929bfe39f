# del on items and slices.
xs = list(range(12))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[10:]
print(xs)
del xs[:]
print(xs)
ys = list('abcdefgh')
del ys[::-3]
print(ys)
del ys[1:100]
print(ys)
try:
    del ys[5]
except IndexError as e:
    print('IndexError:', e)
zs = [[1, 2], [3, 4]]
del zs[0][1]
print(zs)
a = [1, 2]
b = a
del a
print(b)
try:
    print(a)
except NameError as e:
    print('NameError:', e)
