# Tuples as dict keys and their hashes.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid)
print(grid[(1, 2)], grid[2, 0])
print((1, 1) in grid, (5, 5) in grid)
grid[0, 0] = 'changed'
print(grid[(0, 0)])
print(hash((1, 2)) == hash((1, 2)))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((1,)), hash((0, 0)), hash((-1, -2)))
d = {(1, 'a'): 'x', ('b', 2): 'y'}
print(d[(1, 'a')], d[('b', 2)])
try:
    d[([1], 2)] = 3
except TypeError as e:
    print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
dist = {}
for a, b in [(0, 1), (1, 0), (0, 1), (2, 3)]:
    key = (min(a, b), max(a, b))
    dist[key] = dist.get(key, 0) + 1
print(dist)
