# Matrix operations on nested lists with exact integers and floats.
def zeros(r, c):
    m = []
    for i in range(r):
        m.append([0] * c)
    return m
def matmul(a, b):
    n, k, m = len(a), len(b), len(b[0])
    out = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def matpow(a, e):
    result = identity(len(a))
    while e > 0:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def transpose(a):
    out = []
    for j in range(len(a[0])):
        row = []
        for i in range(len(a)):
            row.append(a[i][j])
        out.append(row)
    return out
def show(m):
    for row in m:
        print(' '.join(map(lambda v: str(v).rjust(6), row)))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
show(transpose(a))
fib = matpow([[1, 1], [1, 0]], 100)
print(fib[0][1])
print(matpow([[2, 0], [0, 3]], 50))
h = []
for i in range(4):
    row = []
    for j in range(4):
        row.append(1 / (i + j + 1))
    h.append(row)
for row in matmul(h, h):
    print(row)
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = []
        for row in m[1:]:
            minor.append(row[:j] + row[j + 1:])
        sign = -1 if j % 2 else 1
        total += sign * m[0][j] * det(minor)
    return total
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]))
print(det([[1, 2], [3, 4]]))
print(det(matpow([[1, 1], [1, 0]], 30)))
