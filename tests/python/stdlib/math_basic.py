# math: sqrt, pow, exp, fabs, hypot, degrees/radians and constants pi, e, tau, inf, nan.
import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan, type(math.inf).__name__)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(10 ** 20), math.sqrt(True))
print(math.pow(2, 10), math.pow(2, -1), math.pow(9, 0.5), math.pow(0, 0), math.pow(-8, 3))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(0.5))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(-10 ** 3))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(1, 2, 2), math.hypot())
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(45))
print(math.degrees(math.radians(123.0)))
print(math.expm1(1e-10), math.log1p(1e-10))
print(math.sqrt(2) ** 2, math.sqrt(2) * math.sqrt(2) == 2)
print(math.pow(1.5, 2.5), 1.5 ** 2.5, math.pow(10, 15), math.pow(10, 16))
print(math.exp(700), math.exp(-745), math.exp(-746))
print(math.pi * 2 == math.tau, round(math.e, 10), f'{math.pi:.15f}')
for x in [0.1, 1, 2, 3.7, 100, 12345.678]:
    print(x, math.sqrt(x), math.exp(x / 100))
