# Attribute and method caches must notice class changes: replaced methods, base-class edits,
# shadowing instance attributes, properties and __setattr__ added later, many shapes at one site.
class Base:
    def greet(self):
        return 'base'


class Child(Base):
    pass


def call_many(objs):
    return [o.greet() for o in objs]


c = Child()
print(call_many([c] * 3))
Base.greet = lambda self: 'patched base'
print(call_many([c] * 3))
Child.greet = lambda self: 'child'
print(call_many([c] * 3), Base().greet())
del Child.greet
print(call_many([c] * 3))
c.greet = lambda: 'instance'
print(c.greet(), Child().greet())


class Point:
    def __init__(self, x):
        self.x = x


def read_x(points):
    return [p.x for p in points]


pts = [Point(i) for i in range(4)]
print(read_x(pts))
Point.x = property(lambda self: 'property wins')
print(read_x(pts))
del Point.x
print(read_x(pts))


def set_y(p, v):
    p.y = v
    return p.y


print([set_y(Point(0), i) for i in range(3)])
Point.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
print([set_y(Point(0), i) for i in range(3)])


class A:
    kind = 'a'


class B:
    kind = 'b'


def kinds(objs):
    return ''.join(o.kind for o in objs)


classes = [type('C%d' % i, (A if i % 2 else B,), {}) for i in range(12)]
objs = [cls() for cls in classes]
print(kinds(objs))
A.kind = 'A'
print(kinds(objs))
for i, o in enumerate(objs):
    if i % 3 == 0:
        o.kind = str(i % 10)
print(kinds(objs))


class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return Counter.count


k = Counter()
print([k.bump() for _ in range(5)], Counter.count)
Counter.bump = lambda self: -1
print([k.bump() for _ in range(2)])
