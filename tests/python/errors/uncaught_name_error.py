# Uncaught NameError for a variable that was never defined.
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print('total', total)
print('average', undefined_quantity / len(values))
