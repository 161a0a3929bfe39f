# Operations producing or consuming inf/nan without errors.
inf = float('inf')
nan = float('nan')
ops = [inf + inf, inf - inf, inf * -1, inf / 2, 2 / inf, -inf * -inf, inf * 0.0, nan + 1, nan * 0,
       inf // 1e300, abs(-inf), max(nan, 1), max(1, nan), min(nan, 1)]
for v in ops:
    print(repr(v))
print(sum([1.0, inf, -inf]))
print(sum([1e308, 1e308]))
print(sorted([3.0, inf, -inf, 0.0]))
print(str(inf).upper(), str(nan))
print(int(1e308) > 0)
print(float('inf') == 10**1000)
print(float('-inf') < -10**1000)
