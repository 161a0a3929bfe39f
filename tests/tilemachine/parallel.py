# 64 equal tasks: on 64 tiles they run side by side in model time.
import tiles

def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

results = tiles.map(work, [1000] * 64)
print(len(results), sum(results))
