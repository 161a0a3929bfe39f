# Big Fibonacci numbers via iteration, fast doubling and Lucas numbers.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_doubling(n):
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d
for n in [0, 1, 2, 10, 50, 93, 94, 100, 200]:
    print(n, fib_iter(n), fib_iter(n) == fib_doubling(n)[0])
f1000 = fib_doubling(1000)[0]
print(f1000)
print(len(str(f1000)))
f10000 = fib_doubling(10000)[0]
print(len(str(f10000)), str(f10000)[:25], str(f10000)[-25:])
print(fib_iter(10000) == f10000)
first = 0
a, b, i = 0, 1, 0
while len(str(a)) < 100:
    a, b = b, a + b
    i += 1
print('first fib with 100 digits is F(%d)' % i)
def lucas(n):
    f, g = fib_doubling(n)
    return 2 * g - f
print(lucas(10), lucas(100))
print(fib_doubling(300)[0] % 10**9, fib_doubling(10**6)[0] % 1000)
print(fib_doubling(60)[0] % 10, fib_iter(120) % 10)
g = 0
x, y = fib_iter(300), fib_iter(200)
while y:
    x, y = y, x % y
print('gcd(F300, F200) =', x, '= F100?', x == fib_iter(100))
