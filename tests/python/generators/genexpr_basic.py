# Generator expressions: laziness, single use, conditions, nesting, first iterable evaluated eagerly.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g), list(g))
evaluated = []


def src(n):
    evaluated.append('src(%d)' % n)
    return range(n)


def val(x):
    evaluated.append('val(%d)' % x)
    return x

g = (val(x) for x in src(3))
print(evaluated)
print(next(g), evaluated)
print(list(g), evaluated)
print(sum(x for x in range(101)))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x for x in range(20) if x % 2 if x % 3))
nested = ((i * j for j in range(3)) for i in range(3))
print([list(row) for row in nested])
data = [1, 2, 3]
g = (x * 10 for x in data)
data.append(4)
print(list(g))
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [100]
print(list(g))
try:
    g = (1 / x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
g = (1 / x for x in [1, 0])
print('created fine, fails lazily:', next(g))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, -1]))
print(max((len(w), w) for w in 'a bb ccc dd'.split()))
print(tuple(c.upper() for c in 'abc'), ''.join(c for c in 'hello' if c != 'l'))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, len(k)) for k in ['x', 'yy']))
print(set(x % 4 for x in range(10)))
