# Sieve of Eratosthenes and prime statistics.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    primes = []
    for i in range(n + 1):
        if is_prime[i]:
            primes.append(i)
    return primes
primes = sieve(10000)
print(len(primes))
print(primes[:30])
print(primes[-10:])
print(sum(primes))
gaps = {}
for i in range(1, len(primes)):
    g = primes[i] - primes[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
for g in sorted(gaps):
    print('gap', g, 'occurs', gaps[g], 'times')
twins = []
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins.append((primes[i - 1], primes[i]))
print(len(twins), twins[:8], twins[-1])
for limit in [10, 100, 1000, 10000]:
    count = 0
    for p in primes:
        if p <= limit:
            count += 1
    print('pi(%d) = %d' % (limit, count))
last_digits = {}
for p in primes:
    d = p % 10
    last_digits[d] = last_digits.get(d, 0) + 1
print(sorted(last_digits.items()))
