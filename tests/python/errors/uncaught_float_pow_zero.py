# Uncaught ZeroDivisionError raising 0.0 to a negative power.
base = 0.0
for e in [2, 1, 0, -1]:
    print(base, '**', e, '=', base ** e)
