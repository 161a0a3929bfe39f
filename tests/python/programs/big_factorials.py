# Exact big-integer factorials, binomials and digit statistics.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(n, factorial(n))
f100 = factorial(100)
print(f100)
print(len(str(f100)))
s = str(f100)
zeros = len(s) - len(s.rstrip('0'))
print('trailing zeros', zeros)
digit_sum = 0
for ch in s:
    digit_sum += int(ch)
print('digit sum', digit_sum)
f1000 = factorial(1000)
print(len(str(f1000)), str(f1000)[:30], str(f1000)[-260:-249])
def binom(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print(binom(10, 3), binom(52, 5), binom(100, 50), binom(200, 100) % (10**9 + 7))
row = []
for k in range(21):
    row.append(binom(20, k))
print(row)
print(sum(row) == 2**20)
def double_factorial(n):
    r = 1
    while n > 1:
        r *= n
        n -= 2
    return r
print(double_factorial(31), double_factorial(30))
print(factorial(30) // factorial(28), factorial(25) % 1000003)
print(factorial(20) < 2**63 - 1 < factorial(21))
