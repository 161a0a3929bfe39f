# Exact big-integer multiplication, addition, subtraction.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a + b)
print(a - b)
print(b - a)
print(-a * b)
print(a * a * a)
x = 1
for i in range(1, 31):
    x = x * i
    print(i, x)
print(2**64 * 2**64)
print((2**64 - 1) * (2**64 + 1))
print(2**128 - 1)
print(-(2**100) * -(2**100))
print(99999999999999999999 * 0)
print(10**18 + 1 - 10**18)
m = 1
for i in range(20):
    m = m * 1000003 + i
print(m)
print(m % 1000000007)
print(len(str(m)))
