"""Warm-up heavy: many small functions, each hot after a while, run for a few iterations of bench."""


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def sub(a, b):
    return a - b


def scale(v, k):
    return [x * k for x in v]


def dot(u, v):
    s = 0
    for i in range(len(u)):
        s = add(s, mul(u[i], v[i]))
    return s


def norm1(v):
    s = 0
    for x in v:
        s = add(s, x if x > 0 else sub(0, x))
    return s


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench(n):
    total = 0
    v = list(range(-20, 20))
    for i in range(n):
        w = scale(v, i % 7)
        total = add(total, dot(v, w) % 1000)
        total = add(total, norm1(w) % 100)
    return total + fib(14)


for i in range(6):
    print(bench(60))
