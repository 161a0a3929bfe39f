# ** on floats, including errors and complex-avoiding cases.
print(2.0 ** 10)
print(2 ** 0.5)
print(9 ** 0.5)
print(2.0 ** -1)
print((-2.0) ** 2)
print((-2.0) ** 3)
print((-8) ** 2.0)
print(0.0 ** 0)
print(0.0 ** 2)
print(1.0 ** 1e300)
print(10.0 ** 308)
print(10 ** -1)
print(2 ** -1074)
print(1.5 ** 1.5)
print(100 ** 0.25)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(0.0 ** -2.5)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(pow(2.0, 3))
print(pow(4, 0.5))
print(pow(2, -2))
