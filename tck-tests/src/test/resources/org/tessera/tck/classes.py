class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %d" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Rect(Square):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h

    def area(self):
        return self.side * self.h


def main():
    return "; ".join(s.describe() for s in [Square(3), Rect(2, 5)])
