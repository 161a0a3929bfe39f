# Floor division with negative operands rounds toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (1, 5), (-1, 5),
         (0, 3), (0, -3), (100, 7), (-100, 7), (100, -7), (-100, -7)]
for a, b in pairs:
    print(a, '//', b, '=', a // b)
print(10**20 // 3)
print(-(10**20) // 3)
print(10**20 // -3)
print((2**100 + 1) // 2**50)
print(-(2**100 + 1) // 2**50)
print(7 // 2.0)
print(-7 // 2.0)
print(7.5 // 2)
print(-7.5 // 2)
print(True // 1)
print(-True // 2)
x = -17
x //= 5
print(x)
print(-1 // 10**30)
print(1 // -10**30)
