# Reading slices of lists.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-3])
print(xs[::2], xs[1::2], xs[::-1], xs[::-3])
print(xs[8:2:-2], xs[2:8:-1], xs[100:], xs[-100:2])
print(xs[5:5], xs[9:100], xs[-1:-4:-1])
ys = xs[:]
ys.append(10)
print(xs)
print(ys)
print(xs[:] == xs, xs[:] is xs)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = 'replaced'
print(nested)
print(shallow)
try:
    xs[::0]
except ValueError as e:
    print('ValueError:', e)
for start in [None, 0, 3, -2]:
    for stop in [None, 5, -1]:
        print(start, stop, xs[start:stop])
