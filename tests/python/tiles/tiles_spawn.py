# tiles.spawn, Task.result, tiles.barrier and tiles.count
import tiles


def add(a, b):
    print("adding", a, b)
    return a + b


first = tiles.spawn(add, 1, 2)
second = tiles.spawn(add, "x", "y")
print("spawned")
tiles.barrier()
print(first.result(), second.result())
print(first.result())

print(tiles.spawn(lambda: None).result())
print(tiles.spawn(sorted, [3, 1, 2]).result())
print(type(first).__name__, isinstance(first, tiles.Task))

handles = [tiles.spawn(pow, 2, n) for n in range(5)]
tiles.barrier()
print([h.result() for h in handles])

# spawns inside map tasks
def fan_out(n):
    inner = [tiles.spawn(add, n, k) for k in range(2)]
    return sum(h.result() for h in inner)


print(tiles.map(fan_out, [10, 20]))

print(tiles.count())
print(tiles.count() >= 1)
print(tiles.barrier())
