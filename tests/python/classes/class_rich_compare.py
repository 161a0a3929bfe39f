# Rich comparisons: __eq__/__ne__/__lt__/__le__/__gt__/__ge__, reflection, NotImplemented.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return 'V' + '.'.join(str(p) for p in self.parts)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts

    __hash__ = None

v1 = Version(1, 2)
v2 = Version(1, 10)
v3 = Version(1, 2)
print(v1 == v3, v1 != v3, v1 == v2, v1 != v2)
print(v1 < v2, v1 <= v3, v2 < v1)
print(v1 > v2, v2 > v1, v2 >= v1, v1 >= v3)
print(v1 == 'x', v1 != 5)
print(sorted([Version(2), Version(1, 5), Version(1), Version(1, 5, 1)]))
print(min(v1, v2), max([v1, v2, v3]))
print(v1 < v2 < Version(2), v1 in [Version(0), Version(1, 2)])
try:
    v1 < 3
except TypeError as e:
    print('TypeError:', e)
try:
    3 >= v1
except TypeError as e:
    print('TypeError:', e)


class Logged:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print('  %s.__eq__(%s)' % (self.name, getattr(other, 'name', other)))
        return NotImplemented

    def __lt__(self, other):
        print('  %s.__lt__(%s)' % (self.name, getattr(other, 'name', other)))
        return NotImplemented

    def __gt__(self, other):
        print('  %s.__gt__(%s)' % (self.name, getattr(other, 'name', other)))
        return 'gt-result'

a = Logged('a')
b = Logged('b')
print('a == b:')
print(a == b)
print('a != b:')
print(a != b)
print('a < b:')
print(a < b)
print('a == a:')
print(a == a)
print('1 < a:')
print(1 < a)


class Base:
    def __eq__(self, other):
        return 'Base.eq'


class Sub(Base):
    def __eq__(self, other):
        return 'Sub.eq'

print(Base() == Sub(), Sub() == Base(), Base() == Base())


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v

print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print(OnlyEq(1) == 1, [OnlyEq(3)] == [OnlyEq(3)], OnlyEq(2) in [OnlyEq(1), OnlyEq(2)])
print([OnlyEq(1), OnlyEq(2)].index(OnlyEq(2)), [OnlyEq(1), OnlyEq(1)].count(OnlyEq(1)))
x = object()
y = object()
print(x == x, x == y, x != y)
