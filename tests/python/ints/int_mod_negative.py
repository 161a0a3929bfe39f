# Modulo takes the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (1, 5),
         (-1, 5), (5, -1), (13, 13), (-13, 13), (3, 10), (-3, 10)]
for a, b in pairs:
    print(a, '%', b, '=', a % b)
for a, b in pairs:
    q = a // b
    r = a % b
    print(a == q * b + r, end=' ')
print()
print(10**25 % 7)
print(-(10**25) % 7)
print(10**25 % -7)
print(-1 % 10**20)
print(2**100 % 2**64)
print(-(2**100) % (2**64 + 1))
y = -10
y %= 3
print(y)
print(-7 % 3.0)
print(7 % -3.0)
print(True % 2)
