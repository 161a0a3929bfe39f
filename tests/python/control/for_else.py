# for ... else with break.
def find_first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, 'has divisor', d)
            break
    else:
        print(n, 'is prime')
for n in [2, 9, 17, 25, 29, 91, 97]:
    find_first_divisor(n)
for x in []:
    print('never')
else:
    print('else on empty loop')
for ch in 'abc':
    if ch == 'z':
        break
else:
    print('no z found')
for i in range(3):
    for j in range(3):
        if i == j == 1:
            print('inner break at', i, j)
            break
    else:
        print('inner loop completed for i =', i)
count = 0
for i in range(10):
    if i % 3 == 0:
        continue
    count += 1
else:
    print('continue does not skip else; count =', count)
