# math trigonometry: sin/cos/tan, inverse functions, atan2 quadrants, hyperbolic functions.
import math

for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, math.sin(r), math.cos(r), math.tan(r))
print(math.asin(1), math.acos(0), math.atan(1), math.asin(0.5), math.acos(-1))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(0))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (-0.0, -1), (1, 0), (0, 0)]:
    print('atan2(%s, %s) =' % (y, x), math.atan2(y, x))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.tanh(100))
print(math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sin(math.pi) < 1e-15, abs(math.cos(math.pi / 2)) < 1e-16)
print(math.sin(1e10), math.cos(1e10))
print(math.sin(-0.0), math.tan(-0.0))
x = 0.7
print(math.sin(x) ** 2 + math.cos(x) ** 2, math.isclose(math.sin(x) ** 2 + math.cos(x) ** 2, 1.0))
print(math.degrees(math.atan2(3, 4)), math.degrees(math.acos(0.5)))
