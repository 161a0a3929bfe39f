# random.seed(42) then random(): exact MT19937 values; reseeding reproduces the sequence.
import random

random.seed(42)
first = [random.random() for _ in range(10)]
for x in first:
    print(x)
random.seed(42)
again = [random.random() for _ in range(10)]
print(first == again)
random.seed(0)
print(random.random(), random.random())
random.seed(1)
print(random.random())
random.seed(2 ** 40 + 17)
print(random.random(), random.random())
random.seed(123456789012345678901234567890)
print(random.random())
random.seed(-42)
print(random.random())
random.seed(42)
print(random.random() == first[0])
a = [random.random() for _ in range(3)]
print(a == first[1:4])
random.seed()
print(0.0 <= random.random() < 1.0)
total = 0.0
random.seed(7)
for _ in range(1000):
    total += random.random()
print(total)
