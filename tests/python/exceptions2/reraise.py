# Re-raising: bare raise, raise e, raise inside nested handlers, raise after handling.
def check(v):
    if v < 0:
        raise ValueError('negative: %d' % v)
    return v


def wrapper(v):
    try:
        return check(v)
    except ValueError:
        print('  wrapper logging and re-raising')
        raise

for v in [3, -1]:
    try:
        print(wrapper(v))
    except ValueError as e:
        print('outer got', e)


def reraise_named(v):
    try:
        check(v)
    except ValueError as e:
        e.args = ('annotated: ' + e.args[0],)
        raise e

try:
    reraise_named(-5)
except ValueError as e:
    print(e)


def nested_bare():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise

try:
    nested_bare()
except KeyError as e:
    print('nested bare re-raised', repr(e))


def saved():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    print('  handled, now raising the saved one')
    raise err

try:
    saved()
except ZeroDivisionError as e:
    print('saved re-raise:', e)

try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)


def counter_retry(limit):
    attempts = []
    for i in range(limit):
        try:
            if i < 2:
                raise ConnectionError('try %d' % i)
            attempts.append('ok %d' % i)
            break
        except ConnectionError as e:
            attempts.append(str(e))
            if i == limit - 1:
                raise
    return attempts

print(counter_retry(5))
try:
    counter_retry(2)
except ConnectionError as e:
    print('gave up:', e)


def finally_reraise():
    try:
        raise IndexError('pending')
    finally:
        print('  cleanup while IndexError pending')

try:
    finally_reraise()
except IndexError as e:
    print('after finally:', e)
