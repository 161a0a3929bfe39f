"""Chaos game: iterated affine maps picked by seeded random, Point/Transform/Bezier classes, a pixel grid."""
import harness
import math
import random


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    def lerp(self, other, t):
        return Point(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class Transform:
    """p -> (a*x + b*y + e, c*x + d*y + f), chosen with a given weight."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Bezier:
    """A cubic Bezier curve used to bend the plane: x is mapped along the curve, y is an offset."""

    def __init__(self, p0, p1, p2, p3):
        self.points = [p0, p1, p2, p3]

    def at(self, t):
        pts = self.points
        while len(pts) > 1:
            pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
        return pts[0]

    def bend(self, p):
        base = self.at(p.x)
        ahead = self.at(min(p.x + 0.01, 1.0))
        back = self.at(max(p.x - 0.01, 0.0))
        tangent = ahead - back
        length = math.sqrt(tangent.x * tangent.x + tangent.y * tangent.y)
        normal = Point(-tangent.y / length, tangent.x / length)
        return base + normal.scaled((p.y - 0.5) * 0.5)


class ChaosGame:
    def __init__(self, transforms, width, height):
        self.transforms = transforms
        total = 0.0
        for t in transforms:  # an explicit loop: sum() of floats is compensated from CPython 3.12
            total += t.weight
        self.cumulative = []
        running = 0.0
        for t in transforms:
            running += t.weight / total
            self.cumulative.append(running)
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]
        self.misses = 0

    def pick(self):
        r = random.random()
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.transforms[i]
        return self.transforms[-1]

    def plot(self, p):
        col = int(p.x * (self.width - 1))
        row = int(p.y * (self.height - 1))
        if 0 <= col < self.width and 0 <= row < self.height:
            self.grid[row][col] += 1
        else:
            self.misses += 1

    def run(self, iterations, curve):
        p = Point(random.random(), random.random())
        for i in range(iterations):
            p = self.pick().apply(p)
            if i >= 20:
                self.plot(curve.bend(p) if curve is not None else p)


def fern():
    return [
        Transform(0.0, 0.0, 0.0, 0.16, 0.5, 0.0, 0.01),
        Transform(0.85, 0.04, -0.04, 0.85, 0.075, 0.16, 0.85),
        Transform(0.2, -0.26, 0.23, 0.22, 0.4, 0.05, 0.07),
        Transform(-0.15, 0.28, 0.26, 0.24, 0.575, 0.02, 0.07),
    ]


def sierpinski():
    return [
        Transform(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
        Transform(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
        Transform(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
    ]


def grid_checksum(game):
    acc = 0
    filled = 0
    for row in game.grid:
        for v in row:
            acc = (acc * 7 + v) % 1000000007
            if v:
                filled += 1
    return acc, filled


def bench(n):
    random.seed(1234)
    results = []
    curve = Bezier(Point(0.0, 0.1), Point(0.3, 0.9), Point(0.7, 0.0), Point(1.0, 0.6))
    for transforms, bend in ((sierpinski(), None), (fern(), curve)):
        game = ChaosGame(transforms, 128, 128)
        game.run(n, bend)
        acc, filled = grid_checksum(game)
        results.append("%d/%d/%d" % (acc, filled, game.misses))
    return " ".join(results)


harness.main(bench, 60000)
