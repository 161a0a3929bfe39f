# Indexing and properties of instances of classes derived from tuple, list and deque, in loops
# long enough for the inline caches (and compilation) to settle, then after the class changes.
from collections import namedtuple, deque

Point = namedtuple("Point", "x y")


class Pair(tuple):
    pass


class Stack(list):
    pass


def total(items, n):
    s = 0
    for _ in range(n):
        for p in items:
            s += p[0] + p[-1]
    return s


def fields(points, n):
    s = 0
    for _ in range(n):
        for p in points:
            s += p.x * 10 + p.y
    return s


points = [Point(i, -i) for i in range(5)]
pairs = [Pair((i, i + 1)) for i in range(5)]
stacks = [Stack([i, 2, i * 3]) for i in range(5)]
print(total(points, 300), total(pairs, 300), total(stacks, 300), fields(points, 300))
d = deque([1, 2, 3])
print(d[0], d[-1], d[1], d[-3])
try:
    d[3]
except IndexError as e:
    print("IndexError", e)
try:
    pairs[0][2]
except IndexError as e:
    print("IndexError", e)

# a __getitem__ defined later is seen at once
Pair.__getitem__ = lambda self, i: 100
Stack.__getitem__ = lambda self, i: 1000
print(total(pairs, 3), total(stacks, 3), total(points, 3))

# a property replaced later, and one shadowed in a subclass
Point.x = property(lambda self: 7)
print(fields(points, 3))


class Point3(Point):
    @property
    def y(self):
        return -1


print(fields([Point3(1, 2)], 3), Point3(1, 2).x)


class Lookup(tuple):
    @property
    def first(self):
        raise AttributeError("no first")

    def __getattr__(self, name):
        return "fallback " + name


print(Lookup((1,)).first)
print([Lookup((i,)).first for i in range(3)])
