# except (A, B) as e.
def f(x):
    try:
        if x == 0:
            return 1 / x
        if x == 1:
            return [][x]
        if x == 2:
            return {}[x]
        if x == 3:
            return int('q')
        return 'ok'
    except (ZeroDivisionError, IndexError) as e:
        return 'group1: ' + type(e).__name__ + ': ' + str(e)
    except (KeyError, ValueError) as e:
        return 'group2: ' + type(e).__name__ + ': ' + str(e)
for i in range(5):
    print(f(i))
errors = (TypeError, AttributeError)
try:
    None.foo
except errors as e:
    print('caught via tuple variable:', e)
try:
    raise KeyError('k')
except (LookupError,) as e:
    print('single-element tuple:', repr(e))
try:
    try:
        raise ValueError('x')
    except (TypeError, KeyError):
        print('wrong handler')
except ValueError as e:
    print('fell through to outer:', e)
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
