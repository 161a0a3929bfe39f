# + and * on lists, and the shared-reference gotcha.
a = [1, 2]
b = [3, 4]
print(a + b)
print(a + [])
print([] + [])
print(a * 3)
print(3 * a)
print(a * 0, a * -1)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = []
for i in range(3):
    grid2.append([0] * 3)
grid2[0][0] = 1
print(grid2)
c = a
c += [5]
print(a)
d = a
d = d + [6]
print(a, d)
try:
    print([1] + (2,))
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] + 'ab')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] * 2.0)
except TypeError as e:
    print('TypeError:', e)
print([None] * 4)
print(['ab'] * 2 + ['c'])
