# An exception raised in finally replaces the original one.
try:
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
except KeyError as e:
    print('caught KeyError:', e, '| context:', repr(e.__context__))
except ValueError:
    print('not reached')
def f():
    try:
        return 'returned'
    finally:
        raise RuntimeError('finally beats return')
try:
    f()
except RuntimeError as e:
    print('RuntimeError:', e)
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 0:
                continue
    return 'unreachable?'
try:
    print(g())
except ValueError as e:
    print('ValueError escaped on iteration', e)
