"""A hot function meets ints for a long while, then floats and strings: its compiled code deoptimises."""


def combine(a, b):
    return a + b * 2


def bench(values):
    total = values[0]
    for v in values:
        total = combine(total, v)
    return total


print(bench(list(range(3000))))
print(bench([0.5] * 3000))
print(bench(["x"] * 50))
