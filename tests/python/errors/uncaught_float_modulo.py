# Uncaught ZeroDivisionError from float modulo.
x = 7.5
for d in [2.0, 0.5, 0.0]:
    print(x % d)
