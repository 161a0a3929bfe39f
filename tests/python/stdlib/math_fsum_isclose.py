# math.fsum versus sum precision, math.isclose with rel_tol/abs_tol, isfinite/isinf/isnan.
import math

vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.fsum(vals) == 1.0)
print(math.fsum([1e100, 1.0, -1e100, 1.0]), sum([1e100, 1.0, -1e100, 1.0]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([0.3, 0.6, 0.1]))
print(math.fsum([1, 1e-16] * 10), sum([1, 1e-16] * 10))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8))
print(math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(1.0, 1.1, rel_tol=0.09))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError:', e)
for x in [0.0, 1.5, math.inf, -math.inf, math.nan, 1e308 * 10, -0.0, 7, 10 ** 300]:
    print(x if x != 10 ** 300 else '10**300', math.isfinite(x), math.isinf(x), math.isnan(x))
try:
    math.isfinite(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
nan = math.nan
print(nan == nan, nan != nan, nan is nan, math.inf - math.inf, math.inf * 0, math.inf > 1e308)
print(float('nan') in [nan], nan in [nan], min(1.0, math.inf), max(-math.inf, -1e308))
