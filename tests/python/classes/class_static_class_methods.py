# staticmethod and classmethod: calls via class and instance, alternative constructors, subclasses.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)

    @classmethod
    def today_like(cls):
        return cls(2000, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def days_in(y, m):
        if m == 2:
            return 29 if Date.is_leap(y) else 28
        return 30 if m in (4, 6, 9, 11) else 31

    def __repr__(self):
        return '%s(%04d-%02d-%02d)' % (type(self).__name__, self.y, self.m, self.d)


class EuroDate(Date):
    def __repr__(self):
        return '%s(%02d.%02d.%04d)' % (type(self).__name__, self.d, self.m, self.y)

d = Date.from_string('2024-02-29')
print(d, Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000))
print(d.is_leap(2023), d.days_in(2024, 2), Date.days_in(2023, 2), Date.days_in(2023, 4))
e = EuroDate.from_string('1999-12-31')
print(e, type(e).__name__, EuroDate.today_like())
print(d.from_string('2001-01-01'), e.today_like())
print(Date.created, EuroDate.created)
f = Date.from_string
print(f('2010-10-10'))
s = Date.is_leap
print(s(1600), [y for y in range(1896, 1912) if s(y)])


class Counter:
    instances = 0

    @classmethod
    def bump(cls):
        cls.instances += 1
        return cls.instances

    @classmethod
    def name(cls):
        return cls.__name__


class SubCounter(Counter):
    pass

print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.instances, SubCounter.instances)
print(Counter.name(), SubCounter.name(), SubCounter().name())


class Util:
    def plain(x):
        return 'plain ' + str(x)

    sm = staticmethod(lambda a, b: a * b)
    cm = classmethod(lambda cls, v: cls.__name__ + ':' + str(v))

print(Util.plain(3), Util.sm(6, 7), Util().sm(2, 3), Util.cm(1), Util().cm(2))
print(type(staticmethod(len)).__name__, type(classmethod(len)).__name__)
try:
    Util().plain(3)
except TypeError as e:
    print('TypeError:', e)


class Shape:
    registry = []

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(obj.describe())
        return obj

    def describe(self):
        return type(self).__name__


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def describe(self):
        return 'Circle r=%s' % self.r


class Sq(Shape):
    def __init__(self, a, b=None):
        self.a = a

Circle.create(2)
Sq.create(3)
Circle.create(1.5)
print(Shape.registry)
