# Implicit exception chaining: __context__ set when raising inside except and finally.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError('in try')
    finally:
        print('finally runs')
except KeyError as e:
    print(repr(e), e.__context__)

try:
    try:
        raise TypeError('original')
    finally:
        raise OSError('from finally')
except OSError as e:
    print(repr(e), repr(e.__context__))


def nested():
    try:
        [][1]
    except IndexError:
        try:
            {}['k']
        except KeyError:
            raise RuntimeError('deepest')

try:
    nested()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)

try:
    try:
        raise ValueError('a')
    except ValueError as inner:
        raise inner
except ValueError as e:
    print('re-raise keeps context None:', e.__context__)

try:
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise KeyError('after handled')
except KeyError as e:
    print('no context after handler ended:', e.__context__)

err = None
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        err = z
        raise
except ZeroDivisionError as e:
    print(e is err, e.__context__)


def helper():
    raise LookupError('from helper')

try:
    try:
        raise NameError('outer problem')
    except NameError:
        helper()
except LookupError as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        raise ValueError('x')
    except ValueError as v:
        raise v from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
