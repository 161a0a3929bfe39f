# index and count.
xs = ['a', 'b', 'c', 'b', 'a', 'b']
print(xs.index('a'), xs.index('b'), xs.index('c'))
print(xs.index('b', 2), xs.index('a', 1), xs.index('b', -1))
print(xs.index('b', 2, 4))
print(xs.count('b'), xs.count('a'), xs.count('z'))
try:
    xs.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    xs.index('c', 3)
except ValueError as e:
    print('ValueError:', e)
nums = [1, 1.0, True, 2, 0, False]
print(nums.count(1), nums.count(0), nums.index(True))
nested = [[1], [1], [2]]
print(nested.count([1]), nested.index([2]))
print('b' in xs, 'z' in xs, 'z' not in xs)
print([1, 2] in [[1, 2], [3]])
