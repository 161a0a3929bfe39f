# Infinite generators with manual islice-like limits, take/drop helpers and sentinels.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    yield from it


def my_islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


def cycle(seq):
    while True:
        for x in seq:
            yield x

print(take(5, naturals()))
print(take(5, naturals(100)))
print(take(3, drop(10, naturals())))
print(list(my_islice(naturals(), 5, 20, 4)))
print(take(15, primes()))
print(list(my_islice(primes(), 100, 101)))
print(list(collatz(27))[:10], len(list(collatz(27))))
print(take(7, cycle('abc')))
print(take(10, [1, 2]))
evens = (n for n in naturals() if n % 2 == 0)
print(take(5, evens), take(3, evens))
squares = (n * n for n in naturals(1))
for sq in squares:
    if sq > 50:
        break
print('first square over 50:', sq)
print(next(n for n in naturals(1) if n * n > 1000))


def powers_of(b):
    p = 1
    while True:
        yield p
        p *= b

print(take(12, powers_of(2)), take(5, powers_of(10))[-1])
print(take(4, zip(naturals(), cycle('xy'), powers_of(3))))
