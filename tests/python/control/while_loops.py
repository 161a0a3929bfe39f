# while loops with else, break and continue.
i = 0
while i < 5:
    print('i =', i)
    i += 1
else:
    print('while finished normally, i =', i)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print('odd', n)
else:
    print('not printed')
print('after break n =', n)
j = 10
while j > 0:
    j -= 3
    if j == 4:
        print('found 4')
        break
else:
    print('4 never hit, j =', j)
k = 0
while k < 0:
    print('never')
else:
    print('else runs for zero iterations')
a, b = 0, 1
while b < 200:
    print(b, end=' ')
    a, b = b, a + b
print()
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('collatz steps', steps)
