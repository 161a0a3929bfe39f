# Tuple comparison is lexicographic.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, 'b') < (1, 'c'))
print((1, 2.0) == (1, 2))
print(sorted([(3, 'c'), (1, 'b'), (1, 'a'), (2, 'z')]))
print(max([(1, 9), (2, 0), (1, 10)]))
print(min([('b', 1), ('a', 2)]))
try:
    print((1, 2) < (1, 'x'))
except TypeError as e:
    print('TypeError:', e)
print((1, 'x') < (2, 3))
print((1, [2]) == (1, [2]))
print((0, 0) <= (0, 0) >= (0, 0))
print((float('nan'),) == (float('nan'),))
