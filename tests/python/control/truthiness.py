# Truth values of all basic types.
values = [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), '', ' ', '0', [], [0], [[]], (), (0,), {}, {0: 0},
          None, True, False, range(0), range(1), 10**100]
for v in values:
    if v:
        result = 'truthy'
    else:
        result = 'falsy'
    print(repr(v), result, bool(v), not v)
count = 0
n = 5
while n:
    n -= 1
    count += 1
print(count)
