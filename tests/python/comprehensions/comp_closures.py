# Closures created inside comprehensions: late binding, default-arg capture, nested functions.
fns = [lambda: i for i in range(4)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(4)]
print([f() for f in fns])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
late = {n: (lambda x: x + n) for n in range(3)}
print({k: f(10) for k, f in late.items()})


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]

print([m(5) for m in make_multipliers()])


def outer(scale):
    return [(lambda v: v * scale)(i) for i in range(4)]

print(outer(3))


def counter_factory():
    counts = [0]

    def inc():
        counts[0] += 1
        return counts[0]
    return [inc() for _ in range(3)], counts

print(counter_factory())
gens = [(x for _ in range(2)) for x in 'ab']
print([list(g) for g in gens])


def nested_comp_closure():
    base = 100
    return [[base + r * 10 + c for c in range(2)] for r in range(2)]

print(nested_comp_closure())
funcs = []
for i in range(3):
    funcs.append([lambda j=j: (i, j) for j in range(2)])
print([[f() for f in row] for row in funcs])
keyfuncs = [lambda s, idx=idx: s[idx] for idx in range(3)]
print([sorted(['abc', 'cab', 'bca'], key=kf) for kf in keyfuncs])


def compose_all(fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run

pipeline = compose_all([lambda x, d=d: x + d for d in (1, 2, 3)])
print(pipeline(0))
