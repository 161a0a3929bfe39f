# min, max, sum, len on lists.
xs = [3, -1, 4, 1, -5, 9, 2, 6]
print(min(xs), max(xs), sum(xs), len(xs))
print(sum(xs, 100))
print(sum([0.1] * 10))
print(sum([[1], [2, 3]], []))
print(sum([]), sum([], 5))
print(min(xs, key=abs), max(xs, key=abs))
print(min([], default='empty'), max([], default=None))
print(min(3, 1, 2), max('a', 'c', 'b'))
print(max(['apple', 'fig', 'banana'], key=len))
print(min(['apple', 'fig', 'banana'], key=len))
print(max([1, 3, 3, 2], key=lambda v: v % 3))
print(max([(1, 'a'), (1, 'b')]))
print(max([2, 2.0]), max([2.0, 2]))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
print(sum([True, True, 3]))
print(sum(range(101)))
print(sum([10**20, 10**20]))
print(len([[]]), len([[], []]), len([None]))
