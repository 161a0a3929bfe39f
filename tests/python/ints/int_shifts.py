# Left and right shifts, including large and negative values.
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(5 << 3)
print(-5 << 3)
print(1024 >> 3)
print(1023 >> 3)
print(-1024 >> 3)
print(-1023 >> 3)
print(-1 >> 1)
print(-1 >> 100)
print(-2 >> 1)
print(7 >> 10)
print((1 << 200) >> 150)
print((1 << 200) >> 300)
print(-(1 << 200) >> 199)
print(-(1 << 200) >> 300)
print(0 << 1000)
print(3 << 70)
x = 1
for i in range(0, 130, 13):
    print(i, x << i)
y = 12345678901234567890
print(y >> 32, y & 0xFFFFFFFF)
print(((y >> 32) << 32) | (y & 0xFFFFFFFF) == y)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError:', e)
try:
    print(1 >> -1)
except ValueError as e:
    print('ValueError:', e)
z = 3
z <<= 4
print(z)
z >>= 2
print(z)
print(True << 3)
