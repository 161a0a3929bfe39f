# Bare raise re-raises the current exception.
def handler():
    try:
        [1, 2][5]
    except IndexError as e:
        print('logging:', e)
        raise
try:
    handler()
except IndexError as e:
    print('outer caught:', e)
def reraise_other():
    try:
        raise ValueError('v')
    except ValueError as e:
        err = e
    raise err
try:
    reraise_other()
except ValueError as e:
    print('raised stored exception:', e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            print('division by zero, re-raising')
            raise
try:
    conditional(0)
except ZeroDivisionError as e:
    print('got', e)
print(conditional(3))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
