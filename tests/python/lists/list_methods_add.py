# append, extend, insert.
xs = []
xs.append(1)
xs.append('two')
xs.append([3])
print(xs)
xs.extend([4, 5])
xs.extend('ab')
xs.extend((6,))
xs.extend(range(7, 9))
print(xs)
xs.insert(0, 'start')
xs.insert(len(xs), 'end')
xs.insert(100, 'way past end')
xs.insert(-1, 'before last')
xs.insert(-100, 'way before start')
print(xs)
print(len(xs))
ys = [1, 2]
ys.append(ys)
print(len(ys))
print(ys[2][2][0])
r = xs.append(0)
print(r)
zs = [1, 2]
zs.extend(zs)
print(zs)
zs += [3]
print(zs)
zs += 'xy'
print(zs)
try:
    zs.extend(5)
except TypeError as e:
    print('TypeError:', e)
