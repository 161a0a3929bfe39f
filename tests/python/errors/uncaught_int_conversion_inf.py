# Uncaught OverflowError: cannot convert float infinity to integer.
vals = [1.5, 1e300, 1e300 * 1e10]
for v in vals:
    print(v, int(v) > 0)
