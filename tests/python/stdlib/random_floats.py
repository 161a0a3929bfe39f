# random.uniform and random.gauss (and normalvariate) after seeding; exact values.
import random

random.seed(42)
print([random.uniform(0, 10) for _ in range(5)])
print([random.uniform(-1, 1) for _ in range(3)])
print(random.uniform(5, 5), random.uniform(10, 0))
random.seed(42)
print([random.gauss(0, 1) for _ in range(6)])
print([random.gauss(100, 15) for _ in range(3)])
random.seed(1)
print(random.gauss(0, 1), random.random(), random.gauss(0, 1))
random.seed(1)
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(0, 1))
random.seed(8)
print(random.gauss(mu=5, sigma=0.5), random.uniform(a=1, b=2))
random.seed(11)
samples = [random.gauss(50, 5) for _ in range(200)]
print(round(sum(samples) / len(samples), 6), round(min(samples), 6), round(max(samples), 6))
