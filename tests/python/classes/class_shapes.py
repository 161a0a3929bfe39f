# A shapes program: base class, subclasses with area/perimeter, sorting and grouping.
import math


class Shape:
    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return '%s(area=%.3f, perimeter=%.3f)' % (type(self).__name__, self.area(), self.perimeter())


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError('invalid triangle %s, %s, %s' % (a, b, c))
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5), Square(1.5)]
for s in shapes:
    print(s)
print(sorted(shapes))
print(max(shapes), min(shapes))
print('total area %.4f' % sum(s.area() for s in shapes))
kinds = {}
for s in shapes:
    kinds[type(s).__name__] = kinds.get(type(s).__name__, 0) + 1
print(kinds)
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print('ValueError:', e)
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e.args)
print(Square(3) < Circle(2), Circle(2) < Square(3))
