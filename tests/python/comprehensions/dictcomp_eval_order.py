# Evaluation order inside comprehensions: dict key before value (3.8+), conditions, nested loops.
log = []


def k(x):
    log.append('key %s' % x)
    return x


def v(x):
    log.append('value %s' % x)
    return x * 10

d = {k(i): v(i) for i in range(3)}
print(d)
print(log)
log.clear()
d2 = {k('a'): v(1), k('b'): v(2)}
print(log)
log.clear()


def cond(x):
    log.append('cond %s' % x)
    return x % 2 == 0

print([v(x) for x in range(4) if cond(x)], log)
log.clear()


def src(name, n):
    log.append('iter %s' % name)
    return range(n)

print([(a, b) for a in src('outer', 2) for b in src('inner', 2)], log)
log.clear()
print({k(x) for x in 'ab'}, log)
log.clear()
result = {k(x): v(x) for x in [1, 1, 2]}
print(result, log)
log.clear()
g = (v(x) for x in src('gen', 2))
print('after creating generator:', log)
list(g)
print(log)
log.clear()
pairs = {k(a): [v(b) for b in range(2)] for a in range(2)}
print(pairs, log)
