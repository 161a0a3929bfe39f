# property: getter, setter, deleter, computed values, property() call form, read-only errors.
class Celsius:
    def __init__(self, deg):
        self._deg = deg
        self.log = []

    @property
    def deg(self):
        self.log.append('get')
        return self._deg

    @deg.setter
    def deg(self, value):
        self.log.append('set')
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._deg = value

    @deg.deleter
    def deg(self):
        self.log.append('del')
        self._deg = None

    @property
    def fahrenheit(self):
        return self._deg * 9 / 5 + 32

c = Celsius(100)
print(c.deg, c.fahrenheit)
c.deg = 0
print(c.deg, c.fahrenheit)
try:
    c.deg = -300
except ValueError as e:
    print('ValueError:', e)
c.deg += 10
print(c.deg)
del c.deg
print(c._deg, c.log)
try:
    c.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del c.fahrenheit
except AttributeError as e:
    print('AttributeError:', e)
print(type(Celsius.deg).__name__, isinstance(Celsius.fahrenheit, property))


class Old:
    def __init__(self):
        self._x = 1

    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v * 2

    x = property(get_x, set_x, None, 'the x property')
    y = property(lambda self: self._x + 100)

o = Old()
print(o.x, o.y)
o.x = 5
print(o.x, o.y, Old.x.__doc__)
try:
    o.y = 1
except AttributeError as e:
    print('AttributeError:', e)


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        """Area of the rectangle."""
        return self.w * self.h

    @property
    def size(self):
        return (self.w, self.h)

    @size.setter
    def size(self, wh):
        self.w, self.h = wh

r = Rect(2, 3)
print(r.area, r.size, Rect.area.__doc__)
r.size = (4, 5)
print(r.w, r.h, r.area)


class Square(Rect):
    @property
    def area(self):
        return 'square area ' + str(super().area)

print(Square(3, 3).area)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        self.computed += 1
        return 'v%d' % self.computed

lz = Lazy()
print(lz.value, lz.value, lz.computed)
print(Celsius.deg.fget is not None, Celsius.fahrenheit.fset is None, Celsius.deg.fdel is not None)
