# random.choice, shuffle, sample and choices (weights, cum_weights, k) after seeding.
import random

random.seed(42)
colors = ['red', 'green', 'blue', 'yellow', 'black']
print([random.choice(colors) for _ in range(8)])
print(random.choice('abcdefg'), random.choice(range(100)), random.choice((1, 2)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
letters = list('tessera')
random.shuffle(letters)
print(''.join(letters))
print(random.sample(range(100), 5))
print(random.sample(colors, 3), sorted(random.sample(colors, 5)) == sorted(colors))
print(random.sample(range(10 ** 6), 4))
print(random.choices(colors, k=6))
print(random.choices(['a', 'b', 'c'], weights=[10, 1, 1], k=10))
print(random.choices(['x', 'y'], cum_weights=[1, 100], k=10))
print(random.choices(range(3), [0, 0, 1], k=4))
print(random.choices('ab'))
random.seed(3)
hand = random.sample(['%s%s' % (r, s) for s in 'SHDC' for r in 'A23456789TJQK'], 5)
print(hand)
try:
    random.choice([])
except IndexError as e:
    print('IndexError:', e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError:', e)
try:
    random.choices([1, 2], weights=[1], k=2)
except ValueError as e:
    print('ValueError:', e)
