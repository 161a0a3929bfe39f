# min and max with iterables, multiple args, key and default.
print(min([4, 2, 8]), max([4, 2, 8]))
print(min(4, 2, 8), max(4, 2, 8))
print(min('hello'), max('hello'))
print(min(['b', 'a', 'c']), max(('b', 'a', 'c')))
print(min([3, 1], key=lambda x: -x), max([3, 1], key=lambda x: -x))
print(max('apple', 'fig', 'banana', key=len))
print(min('apple', 'fig', 'banana', key=len))
print(min([], default=0), max([], default='none'))
print(min([5], default=0))
print(max([1, 2, 2, 1], key=lambda x: x))
print(max([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
print(min([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.values()))
print(max(range(10), key=lambda x: (x % 4, x)))
print(min(1, 2.5), max(1, 2.5), max(True, 2), min(False, 0))
print(max(-0.0, 0.0), max(0.0, -0.0))
try:
    max()
except TypeError as e:
    print('TypeError:', e)
try:
    min(5)
except TypeError as e:
    print('TypeError:', e)
try:
    max(1, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    min([], key=len)
except ValueError as e:
    print('ValueError:', e)
