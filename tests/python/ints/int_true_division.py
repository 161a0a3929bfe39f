# / always returns a float.
print(6 / 3)
print(7 / 2)
print(-7 / 2)
print(1 / 3)
print(2 / 3)
print(10 / 4)
print(0 / 5)
print(-0 / 5)
print(type(6 / 3).__name__)
print(10**20 / 10**10)
print(2**60 / 3)
print(10**300 / 10**290)
print(1 / 10**300)
print(123456789 / 1000)
print((2**53 + 1) / 1)
print(True / 2)
x = 9
x /= 2
print(x)
print(1 / 7 * 7)
print(22 / 7)
print(-1 / 3)
print(5 / -2)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(10**400 / 1)
except OverflowError as e:
    print('OverflowError:', e)
print(10**400 / 10**399)
