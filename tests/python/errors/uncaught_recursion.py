# Uncaught RecursionError from unbounded recursion.
def countdown(n):
    if n % 100 == 0 and n > 0:
        print('at', n)
    return countdown(n - 1)
print('start')
countdown(350)
