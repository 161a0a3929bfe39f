# raise X from Y sets __cause__; from None suppresses context.
def load(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError as e:
        raise ValueError('no such setting: ' + key) from e
try:
    load('b')
except ValueError as e:
    print('ValueError:', e)
    print('cause:', repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden') from None
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', e.__cause__)
try:
    raise TypeError('outer') from KeyError('inner')
except TypeError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise IndexError('x') from ValueError
except IndexError as e:
    print(repr(e.__cause__))
print(load('a'))
