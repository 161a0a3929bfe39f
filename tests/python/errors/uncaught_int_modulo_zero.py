# Uncaught ZeroDivisionError from integer modulo.
for d in [3, 2, 1, 0]:
    print(17, '%', d, '=', 17 % d)
