# Uncaught IndexError: list index out of range.
xs = [10, 20, 30]
i = 0
while True:
    print(i, xs[i])
    i += 1
