# Nested lists: matrices and ragged structures.
m = []
for i in range(4):
    row = []
    for j in range(5):
        row.append(i * 5 + j)
    m.append(row)
print(m)
for row in m:
    print(row)
print(m[2][3], m[-1][-1])
t = []
for j in range(5):
    col = []
    for i in range(4):
        col.append(m[i][j])
    t.append(col)
print(t)
ragged = [[1], [2, 3], [], [4, [5, [6]]]]
print(len(ragged), len(ragged[3]), ragged[3][1][1][0])
flat = []
def flatten(x):
    for item in x:
        if type(item) is list:
            flatten(item)
        else:
            flat.append(item)
flatten(ragged)
print(flat)
deep = [0]
cur = deep
for i in range(1, 6):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(deep)
total = 0
for row in m:
    for v in row:
        total += v
print(total)
