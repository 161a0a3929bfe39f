# tiles.map: one task per item, results in order, items taken one at a time
import tiles


def square(x):
    return x * x


print(tiles.map(square, [1, 2, 3, 4]))
print(tiles.map(square, range(6)))
print(tiles.map(square, []))
print(tiles.map(str, (10, 20, 30)))
print(tiles.map(len, ["a", "bb", "ccc"]))
print(tiles.map(lambda s: s.upper(), "abc"))
print(tiles.map(lambda kv: kv[0] * kv[1], {2: 0, 3: 0}.items()))
print(type(tiles.map(square, [1])).__name__)


def numbers():
    for i in range(3):
        print("producing", i)
        yield i


def noisy(x):
    print("task", x)
    return -x


print(tiles.map(noisy, numbers()))

# tasks see and change shared state in program order
seen = []


def record(x):
    seen.append(x)
    return len(seen)


print(tiles.map(record, "xyz"), seen)

# closures and nested regions
scale = 10


def scaled(row):
    return tiles.map(lambda v: v * scale, row)


print(tiles.map(scaled, [[1, 2], [3], []]))

# an exception in a task ends the map
def fragile(x):
    return 10 // x


try:
    tiles.map(fragile, [5, 2, 0, 1])
except ZeroDivisionError as e:
    print("caught", e)

from tiles import map as tmap
print(tmap(abs, [-1, 2, -3]))
