# Slice assignment, including length-changing and extended slices.
xs = list(range(10))
xs[2:5] = ['a', 'b', 'c']
print(xs)
xs[2:5] = ['x']
print(xs)
xs[2:3] = ['p', 'q', 'r', 's']
print(xs)
xs[:0] = [-2, -1]
print(xs)
xs[len(xs):] = [100, 101]
print(xs)
xs[3:3] = ['inserted']
print(xs)
xs[:] = [1, 2, 3]
print(xs)
xs[1:] = []
print(xs)
xs[5:10] = [7, 8]
print(xs)
xs[-1:] = 'abc'
print(xs)
xs[1:3] = (9, 9)
print(xs)
ys = list(range(10))
ys[::2] = ['e0', 'e2', 'e4', 'e6', 'e8']
print(ys)
ys[1::3] = [0, 0, 0]
print(ys)
ys[::-4] = ['r', 's', 't']
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    ys[::3] = []
except ValueError as e:
    print('ValueError:', e)
try:
    ys[1:3] = 5
except TypeError as e:
    print('TypeError:', e)
zs = [1, 2, 3]
zs[1:2] = zs
print(zs)
ws = [0, 1, 2, 3, 4]
ws[3:1] = ['between']
print(ws)
