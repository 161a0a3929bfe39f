# Exceptions raised inside except blocks and __context__.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError('cannot convert ' + repr(s))
try:
    convert('x')
except TypeError as e:
    print('TypeError:', e)
    print('context:', repr(e.__context__))
    print('cause:', e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['k']
except KeyError as e:
    print('KeyError:', e, '| context type:', type(e.__context__).__name__)
try:
    try:
        raise ValueError('first')
    finally:
        print('finally runs before propagation')
except ValueError as e:
    print('caught', e)
try:
    try:
        raise ValueError('original')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise
except ValueError as e:
    print('re-raised original after handled inner:', e)
