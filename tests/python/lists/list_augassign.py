# Augmented assignment on list items and slices.
xs = [1, 2, 3, 4, 5]
xs[0] += 10
xs[-1] *= 3
xs[2] -= 1
xs[1] **= 3
xs[3] //= 3
print(xs)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
i = 0
xs[i] += 1
i += 1
xs[i] += 1
print(xs)
ys = [1, 2, 3, 4]
ys[1:3] += [9]
print(ys)
zs = [[0]] * 3
zs[0] += [1]
print(zs)
s = ['a', 'b']
s[0] += 'x'
s[1] *= 3
print(s)
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1, 0]:
    counts[v] += 1
print(counts)
t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [10]
arr[idx()] += 5
print(arr, calls)
