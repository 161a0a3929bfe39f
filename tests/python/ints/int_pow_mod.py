# Three-argument pow, including negative exponents (modular inverse).
print(pow(2, 10, 1000))
print(pow(3, 200, 1000000007))
print(pow(7, 0, 13))
print(pow(7, 1, 1))
print(pow(-2, 3, 5))
print(pow(2, 3, -5))
print(pow(3, -1, 7))
print(pow(2, -1, 9))
print(pow(5, -2, 13))
print(pow(10, -1, 17))
print(pow(12345678901234567890, 98765, 10**9 + 7))
print(pow(2, 10**18, 10**9 + 7))
for a in range(1, 11):
    inv = pow(a, -1, 11)
    print(a, inv, a * inv % 11)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
