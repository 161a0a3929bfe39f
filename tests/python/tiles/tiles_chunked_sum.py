# A data-parallel program: split work into one chunk per tile, reduce the partial results
import tiles


def chunks(items, n):
    size = (len(items) + n - 1) // n
    return [items[i:i + size] for i in range(0, len(items), size)]


def partial(chunk):
    total = 0
    for v in chunk:
        total += v * v
    return total


data = list(range(1, 101))
parts = chunks(data, tiles.count())
print(len(parts), [len(p) for p in parts])
sums = tiles.map(partial, parts)
print(sums, sum(sums))

# the same work split into a fixed number of chunks gives the same answer
print(sum(tiles.map(partial, chunks(data, 8))))


# matrix-vector product, one task per row
matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
vector = [1, 0, -1, 2]


def row_times(row):
    return sum(a * b for a, b in zip(row, vector))


print(tiles.map(row_times, matrix))

# tasks that return objects
class Stats:
    def __init__(self, values):
        self.count = len(values)
        self.low = min(values)
        self.high = max(values)


for s in tiles.map(Stats, chunks(data, 4)):
    print(s.count, s.low, s.high)
