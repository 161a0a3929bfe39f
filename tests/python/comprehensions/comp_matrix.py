# Nested comprehensions on matrices: transpose, multiply, identity, flatten, rotate.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([list(col) for col in zip(*m)])
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(identity)
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print([[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)])
print([[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)])
print([v for row in m for v in row])
print([[m[r][c] for r in reversed(range(len(m)))] for c in range(len(m[0]))])
print([row[::-1] for row in m][::-1])
print([[c * 10 + r for c in range(3)] for r in range(3)])
print([sum(row) for row in zip(*m)], [max(row) for row in m])
print([[m[r][c] for c in range(3) if (r + c) % 2 == 0] for r in range(2)])
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([a + b for a, b in zip([0] + prev, prev + [0])])
for row in pascal:
    print(' '.join(str(v) for v in row).center(20).rstrip())
diag = [m[i][i] for i in range(min(len(m), len(m[0])))]
print(diag)
board = [['.' for _ in range(4)] for _ in range(3)]
board[1][2] = '#'
print([''.join(r) for r in board])
shared = [['.'] * 4] * 3
shared[1][2] = '#'
print([''.join(r) for r in shared])
table = [[f'{i * j:3d}' for j in range(1, 5)] for i in range(1, 5)]
for row in table:
    print(''.join(row))
