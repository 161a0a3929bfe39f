# random.randint, randrange (start/stop/step, negative steps) and getrandbits after seeding.
import random

random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(10)])
print([random.randint(0, 10 ** 12) for _ in range(3)])
print(random.randint(7, 7))
random.seed(2024)
print([random.randrange(10) for _ in range(15)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(10)])
print([random.randrange(10, 0, -2) for _ in range(10)])
print([random.randrange(-50, -40) for _ in range(5)])
print(random.randrange(2 ** 70))
random.seed(99)
print([random.getrandbits(1) for _ in range(16)])
print([random.getrandbits(8) for _ in range(8)])
print(random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
print(random.getrandbits(0))
for bad in [lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
random.seed(5)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
