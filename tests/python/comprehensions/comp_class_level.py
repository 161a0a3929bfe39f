# Comprehensions in class bodies: the first iterable sees class variables, the body does not.
class Config:
    names = ['a', 'b', 'c']
    upper = [n.upper() for n in names]
    lengths = {n: len(n) for n in names}
    size = 3
    grid = [[0] * 2 for _ in range(size)]
    indexed = list(enumerate(names))
    total = sum(x for x in range(size))
    first = next(iter(names))

print(Config.upper, Config.lengths, Config.grid, Config.indexed, Config.total, Config.first)
SCALE = 10


class Uses:
    values = [1, 2, 3]
    scaled = [v * SCALE for v in values]
    pairs = [(v, w) for v in values for w in 'xy' if v > 1]

print(Uses.scaled, Uses.pairs)


class Methods:
    factor = 3

    def scaled(self, items):
        return [i * self.factor for i in items]

    @classmethod
    def table(cls):
        return {i: i * cls.factor for i in range(3)}

print(Methods().scaled([1, 2]), Methods.table())


class Hidden:
    x = 5
    try:
        y = [x for _ in range(2)]
    except NameError as e:
        error = str(e)
    z = [x for x in range(2)]

print(Hidden.error, Hidden.z, Hidden.x)


class Lambdas:
    base = 7
    fns = [lambda v, b=b: v + b for b in (base, base * 2)]

print([f(1) for f in Lambdas.fns])


class Table:
    rows = [(1, 'one'), (2, 'two'), (3, 'three')]
    by_id = {k: v for k, v in rows}
    names = sorted(v for _, v in rows)
    lengths = [len(v) for _, v in rows]
    ids = {k for k, _ in rows if k != 2}
    nested = [[c for c in name] for _, name in rows[:2]]

for attr in ['by_id', 'names', 'lengths', 'ids', 'nested']:
    print(attr, getattr(Table, attr))


class Outer:
    data = [1, 2, 3]

    class Inner:
        data = ['a', 'b']
        doubled = [d * 2 for d in data]

    squares = [d * d for d in data]

print(Outer.squares, Outer.Inner.doubled)


def factory(n):
    class Local:
        values = [i * n for i in range(3)]
        table = {i: n for i in range(2)}
    return Local

print(factory(5).values, factory(7).table)
