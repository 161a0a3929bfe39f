# break and continue in nested loops.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i, j, end=' | ')
    print()
for i in range(5):
    if i == 2:
        continue
    for j in range(5):
        if (i + j) % 2:
            continue
        if j > 3:
            break
        print((i, j), end=' ')
    print('end row', i)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 20:
            print('triple', a, b, c)
            if a + b + c > 30:
                found = (a, b, c)
                break
    if found:
        break
print('found', found)
total = 0
i = 0
while i < 10:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j % 2 == 0:
            continue
        total += j
print('total', total)
