# Exceptions raised inside __exit__ replace the body's exception and chain to it.
class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError('from __exit__ (body raised %s)' % (et.__name__ if et else 'nothing'))

try:
    with ExitRaises():
        print('body ok')
except RuntimeError as e:
    print('RuntimeError:', e, '| context:', e.__context__)
try:
    with ExitRaises():
        raise ValueError('body error')
except RuntimeError as e:
    print('RuntimeError:', e, '| context:', repr(e.__context__))


class EnterRaises:
    def __enter__(self):
        raise KeyError('enter failed')

    def __exit__(self, *a):
        print('exit should not run')

try:
    with EnterRaises():
        print('body should not run')
except KeyError as e:
    print('KeyError:', e)


class Logging:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print('  %s exit sees %s' % (self.name, et.__name__ if et else None))
        return False

try:
    with Logging('outer'):
        with ExitRaises():
            pass
except RuntimeError as e:
    print('outer saw the RuntimeError:', e)


class Reraise:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ArithmeticError('wrapped') from ev
        return False

try:
    with Reraise():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))


class ExitReturnsAfterLogging:
    def __init__(self):
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.seen.append((et.__name__ if et else None, str(ev) if ev else None))
        if et is KeyError:
            raise LookupError('replaced ' + str(ev))
        return False

m = ExitReturnsAfterLogging()
for exc in [None, KeyError('k'), IndexError('i')]:
    try:
        with m:
            if exc is not None:
                raise exc
        print('no exception escaped')
    except LookupError as e:
        print(type(e).__name__, e, '| context:', repr(e.__context__))
print(m.seen)


def exit_in_function():
    try:
        with ExitRaises():
            return 'return value lost'
    except RuntimeError as e:
        return 'exit raised: ' + str(e)

print(exit_in_function())
for i in range(3):
    try:
        with ExitRaises():
            if i == 1:
                continue
            if i == 2:
                break
    except RuntimeError as e:
        print('iteration', i, 'RuntimeError:', e)
