# divmod for ints (and a few floats).
cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 1), (5, 17), (-5, 17),
         (10**20, 7), (-(10**20), 7), (2**70, -(2**35))]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7, 2.5))
print(type(divmod(7, 2)).__name__)
print(divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
