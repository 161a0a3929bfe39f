# with ... as (a, b): unpacking the __enter__ result into tuples, lists and starred targets.
class Pair:
    def __init__(self, *values):
        self.values = values

    def __enter__(self):
        return self.values

    def __exit__(self, *exc):
        print('  exit Pair')
        return False

with Pair(1, 2) as (a, b):
    print(a, b)
with Pair('x', 'y', 'z') as [first, *rest]:
    print(first, rest)
with Pair(1, (2, 3)) as (one, (two, three)):
    print(one, two, three)
with Pair(10, 20) as pair:
    print(pair, type(pair).__name__)
try:
    with Pair(1, 2, 3) as (p, q):
        print('not reached')
except ValueError as e:
    print('ValueError:', e)
with Pair(*range(5)) as (head, *middle, tail):
    print(head, middle, tail)
with Pair('a', 'b') as (x, y), Pair('c') as (z,):
    print(x + y + z)
