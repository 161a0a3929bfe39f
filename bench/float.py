"""Float-heavy objects: many Point instances built with sin/cos/sqrt, normalised, then reduced with maximize."""
import harness
import math


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def distance_to(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        dz = self.z - other.z
        return math.sqrt(dx * dx + dy * dy + dz * dz)


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def bench(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    # A walk along the normalised points, rounded per step so ulp differences cannot add up.
    walk = 0
    prev = points[0]
    for p in points:
        walk += int(p.distance_to(prev) * 1000.0)
        prev = p
    best = maximize(points)
    return "%r %d" % (best, walk)


harness.main(bench, 500000)
