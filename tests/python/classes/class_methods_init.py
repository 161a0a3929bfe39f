# Methods, __init__ with defaults and keywords, methods calling methods, return values.
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy

    def dist2(self, other=None):
        if other is None:
            other = Point()
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def coords(self):
        return (self.x, self.y)

    def describe(self):
        return 'Point at ' + str(self.coords()) + ' with dist2 ' + str(self.dist2())

p = Point(3, 4)
print(p.coords(), p.dist2())
q = p.moved(1)
print(q.coords(), p.coords())
p.move(-3, dy=-4)
print(p.coords())
print(Point().coords(), Point(y=5).coords(), Point(7).coords())
print(Point(1, 1).dist2(Point(4, 5)))
print(Point(2, 3).describe())
print(Point.coords(Point(9, 8)))
r = Point(x=1, y=2)
print(r.move(1, 1), r.coords())


class Accumulator:
    def __init__(self, *initial, **options):
        self.values = list(initial)
        self.scale = options.get('scale', 1)
        self.label = options.get('label', 'acc')

    def add(self, *vals):
        for v in vals:
            self.values.append(v * self.scale)
        return self

    def total(self):
        return sum(self.values)

acc = Accumulator(1, 2, scale=10, label='tens')
print(acc.values, acc.scale, acc.label)
print(acc.add(3).add(4, 5).values)
print(acc.total())
plain = Accumulator()
print(plain.values, plain.scale, plain.label, plain.total())


class Recursive:
    def __init__(self, n):
        self.n = n

    def fact(self, k=None):
        if k is None:
            k = self.n
        return 1 if k <= 1 else k * self.fact(k - 1)

print(Recursive(10).fact(), Recursive(5).fact(3))


class InitReturnsNone:
    def __init__(self):
        self.ready = True
        return None

print(InitReturnsNone().ready)
