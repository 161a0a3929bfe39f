# reverse, copy, reversed.
xs = [1, 2, 3, 4]
xs.reverse()
print(xs)
print(xs.reverse())
print(xs)
ys = xs.copy()
ys.append(5)
print(xs, ys)
print(list(reversed(xs)))
print(xs)
nested = [[1], [2]]
c = nested.copy()
c[0].append('shared')
print(nested)
e = []
e.reverse()
print(e)
print(list(reversed([])))
print(list(reversed('abc')))
print(list(reversed(range(5))))
print(list(reversed((1, 2, 3))))
