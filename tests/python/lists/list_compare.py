# Lexicographic comparison of lists.
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] != [1, 2, 4])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3])
print([[1, 2], [3]] < [[1, 2], [4]])
print(['a', 'b'] < ['a', 'c'])
print([1, 2] == (1, 2))
print([1.0, True] == [1, 1])
print(max([[1, 2], [1, 3], [0, 9]]))
print(min([[1, 2], [1], [1, 0]]))
try:
    print([1, 2] < [1, 'a'])
except TypeError as e:
    print('TypeError:', e)
print([1, 'a'] < [2, 1])
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError:', e)
print([float('nan')] == [float('nan')])
