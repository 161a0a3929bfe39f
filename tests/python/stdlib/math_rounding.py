# math rounding: floor/ceil/trunc return int, modf, fmod vs %, copysign, conversion errors.
import math

for x in [2.5, -2.5, 3.0, -0.1, 0.9999, 1e20, -7, 10 ** 20 + 0.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.trunc(True))
print(math.floor(1e300) == 10 ** 300, math.ceil(1.5e16))
print(math.modf(3.75), math.modf(-3.75), math.modf(5), math.modf(0.0), math.modf(-0.5))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), 7 % 3, -7 % 3)
print(math.fmod(1e20, 3), math.fmod(5.5, 1.5), math.fmod(0, 5))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(0.0, -1), math.copysign(5, -7.5))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), round(-0.5), round(0.5), round(1.5))
try:
    math.floor(math.inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print('ValueError:', e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    math.trunc('3')
except TypeError as e:
    print('TypeError:', e)
