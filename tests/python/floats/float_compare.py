# Float comparisons, sorting and min/max.
xs = [3.5, -1.25, 0.0, 2.0, -0.0, 1e10, -1e-10, 2]
print(sorted(xs))
print(sorted(xs, reverse=True))
print(min(xs), max(xs))
print(0.1 + 0.2 > 0.3)
print(0.1 + 0.2 < 0.30000000000000005)
print(abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 < 1.0000000000000002)
print(1.0 == 1.00000000000000001)
print(-0.0 < 0.0, -0.0 == 0.0)
print(float('inf') > 1e308)
nan = float('nan')
print(nan in [nan])
x = nan
print(x == x, x is x)
print([1.0, 2.0] == [1, 2])
print((1.5, 2) < (1.5, 3))
print(sorted([2.5, 1, True, -3, 0.5]))
