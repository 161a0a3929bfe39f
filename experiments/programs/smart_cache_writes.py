"""The smart cache's adversarial case: a loop that rebinds what it looks up.

Every iteration writes two globals it then reads, an attribute of an object it then reads,
a class attribute every instance reads, and every fourth iteration a class's method (it is
(re)defined by assignment), so most cached bindings are invalidated before they are used again.
Usage: smart_cache_writes.py [ITERATIONS]; prints a checksum (the same under CPython).
"""
import sys

counter = 0
step = 1


class Shape:
    scale = 1

    def __init__(self, w, h):
        self.w = w
        self.h = h


def area(self):
    return self.w * self.h * Shape.scale


def perimeter(self):
    return 2 * (self.w + self.h) * Shape.scale


def run(n):
    global counter, step
    shapes = [Shape(i, i + 1) for i in range(8)]
    total = 0
    for i in range(n):
        step = i % 3
        counter = counter + step
        s = shapes[i % 8]
        s.w = s.w % 97 + step
        Shape.scale = i % 5 + 1
        if i % 4 == 0:
            Shape.measure = area if i % 8 == 0 else perimeter
        total = total + s.measure() + s.w + counter % 7
    return total


print("checksum", run(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
