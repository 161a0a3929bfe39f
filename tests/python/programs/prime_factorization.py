# Trial-division factorization, divisor functions and perfect numbers.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors
def grouped(factors):
    counts = {}
    for f in factors:
        counts[f] = counts.get(f, 0) + 1
    parts = []
    for p, e in counts.items():
        parts.append(str(p) if e == 1 else '%d^%d' % (p, e))
    return ' * '.join(parts)
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2**32 + 1, 10**12 + 39, 123456789]:
    f = factorize(n)
    prod = 1
    for x in f:
        prod *= x
    print(n, '=', grouped(f), prod == n)
def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    large.reverse()
    return small + large
print(divisors(360))
print(len(divisors(720720)))
perfect = []
for n in range(2, 10000):
    if sum(divisors(n)) - n == n:
        perfect.append(n)
print('perfect:', perfect)
amicable = []
for a in range(2, 3000):
    b = sum(divisors(a)) - a
    if b > a and sum(divisors(b)) - b == a:
        amicable.append((a, b))
print('amicable:', amicable)
def phi(n):
    result = n
    for p in grouped(factorize(n)).split(' * '):
        p = int(p.split('^')[0])
        result = result // p * (p - 1)
    return result
print(list(map(phi, [2, 9, 10, 36, 97, 100])))
