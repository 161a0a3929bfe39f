# Conversions between int and float at boundaries.
print(float(2**53), float(2**53 + 1), float(2**53 + 2))
print(int(float(2**53 + 1)))
print(int(1e16), int(1e17), int(1.5e18))
print(int(1e100))
print(int(-1e100) == -10**100)
print(float(10**22) == 1e22)
print(float(10**23) == 1e23)
print(int(0.1 * 3 * 10))
print(int(2.9999999999999996))
print(int(-2.9999999999999996))
print(float(-(2**63)))
print(2**1023 * 2.0)
try:
    print(2**1024 * 1.0)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(2**1024 + 0.5)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(10**400 < 1.5 or 10**400 * 1.5)
except OverflowError as e:
    print('OverflowError:', e)
print(10**400 > 1.5)
print(1.0 * (2**1023 + 2**970))
print(7 / 7 == 1)
print(1e308 > 10**308)
print(1e308 < 10**309)
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0) == hash(0))
print(hash(float(2**61)), hash(1e100))
