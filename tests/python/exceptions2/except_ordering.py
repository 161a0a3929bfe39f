# except clause ordering, tuples of types, bare except, else/finally order of execution.
def classify(exc):
    try:
        if exc is not None:
            raise exc
    except ZeroDivisionError:
        return 'ZeroDivisionError'
    except ArithmeticError:
        return 'ArithmeticError (base)'
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except LookupError:
        return 'other LookupError'
    except Exception as e:
        return 'Exception: ' + type(e).__name__
    else:
        return 'no exception'
    finally:
        print('  finally for', type(exc).__name__ if exc else None)

for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), UnicodeError(), LookupError(), TypeError(), None]:
    print(classify(exc))


def trace(action):
    log = []
    try:
        log.append('try')
        action()
        log.append('try end')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log

print(trace(lambda: None))
print(trace(lambda: int('x')))
try:
    trace(lambda: {}['k'])
except KeyError:
    print('KeyError propagated through trace')


def bare():
    try:
        raise SystemError('anything')
    except:
        return 'bare except caught it'

print(bare())
caught = []
for exc_type in (ValueError, TypeError, KeyError):
    try:
        try:
            raise exc_type('x')
        except ValueError:
            caught.append('inner ValueError')
        except TypeError:
            caught.append('inner TypeError')
            raise
    except TypeError:
        caught.append('outer TypeError')
    except KeyError:
        caught.append('outer KeyError')
print(caught)

handlers = (KeyError, ValueError)
try:
    raise ValueError('from tuple variable')
except handlers as e:
    print('caught via variable tuple:', e)
try:
    raise KeyError('k')
except ():
    print('empty tuple never matches')
except KeyError as e:
    print('KeyError after empty tuple', e)
try:
    try:
        raise ValueError('v')
    except 'not a class':
        pass
except TypeError as e:
    print('TypeError:', e)
