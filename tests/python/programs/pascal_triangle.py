# Pascal's triangle, with formatting and properties.
def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows
rows = pascal(15)
width = len(' '.join(map(str, rows[-1])))
for row in rows:
    print(' '.join(map(str, row)).center(width))
for i, row in enumerate(rows):
    assert sum(row) == 2 ** i
print('row sums are powers of two')
big = pascal(101)[-1]
print(big[50])
print(len(str(big[50])))
for row in pascal(16):
    line = ''
    for v in row:
        line += '*' if v % 2 else ' '
    print(line.rstrip())
print(pascal(8)[7])
print(sum(pascal(30)[29][::2]) == sum(pascal(30)[29][1::2]))
