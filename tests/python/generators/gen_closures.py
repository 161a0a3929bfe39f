# Generators closing over variables: late binding, factory functions, nonlocal counters.
def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen

triple = make_gen(3)
print(list(triple(4)), list(make_gen(-1)(3)))


def counter_gen():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    def gen():
        while count < 3:
            yield bump()
    return gen, lambda: count

g, get = counter_gen()
print(list(g()), get())
offset = 10


def uses_outer():
    for i in range(3):
        yield i + offset

it = uses_outer()
print(next(it))
offset = 1000
print(next(it), next(it))


def late_binding():
    gens = []
    for k in range(3):
        gens.append(x * k for x in range(3))
    return [list(g) for g in gens]

print(late_binding())
fns = [lambda: k for k in range(3)]
print([f() for f in fns])
fns = [lambda k=k: k for k in range(3)]
print([f() for f in fns])


def gens_with_default_binding():
    out = []
    for k in range(3):
        def g(k=k):
            yield k
            yield k * 10
        out.append(g())
    return [list(x) for x in out]

print(gens_with_default_binding())


def outer():
    items = []

    def add_and_yield(v):
        items.append(v)
        yield list(items)
    return add_and_yield

aay = outer()
print(next(aay(1)), next(aay(2)), next(aay(3)))


def fib_factory():
    memo = {}

    def fibs():
        a, b = 0, 1
        i = 0
        while True:
            memo[i] = a
            yield a
            a, b = b, a + b
            i += 1
    return fibs, memo

fibs, memo = fib_factory()
f = fibs()
for _ in range(8):
    next(f)
print(memo)


def scale_all(values, factor):
    return (v * factor for v in values)

gen = scale_all([1, 2, 3], 2)
print(list(gen))
mult = 5
lazy = (v * mult for v in [1, 2])
mult = 7
print(list(lazy))
