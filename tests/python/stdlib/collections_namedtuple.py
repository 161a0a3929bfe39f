# collections.namedtuple: fields, indexing, unpacking, defaults, _replace, _asdict, _fields, _make.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x, y, list(p), tuple(p))
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), Point(1, 2) < Point(1, 3))
print(Point._fields, p._asdict(), dict(p._asdict()))
q = p._replace(y=20)
print(q, p)
print(Point._make([5, 6]), Point._make(range(2)))
print(Point(y=4, x=3), Point(7, y=8))
print(hash(p) == hash((1, 2)), {p: 'pt'}[(1, 2)])
Color = namedtuple('Color', 'red green blue')
c = Color(255, 128, 0)
print(c, c._fields, c.green, max(c), sum(c))
Person = namedtuple('Person', 'name age city', defaults=['nowhere'])
print(Person('ann', 30), Person('bob', 40, 'paris'))
print(Person._field_defaults)
Opt = namedtuple('Opt', ['a', 'b', 'c'], defaults=(1, 2))
print(Opt(0), Opt(0, 5), Opt._field_defaults)
print(type(p).__name__, isinstance(p, tuple), Point.__name__)
print(p + (3,), p * 2, p[::-1], p.count(1), p.index(2))
people = [Person('cy', 25), Person('ann', 30), Person('bob', 20)]
print(sorted(people, key=lambda r: r.age))
print([r.name for r in sorted(people)])
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
print(repr(Point(x='a', y=None)), str(Point([1], (2,))))
