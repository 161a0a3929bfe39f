# Ordering of try / except / else / finally.
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise RuntimeError('boom')
        log.append('try end')
    except RuntimeError as e:
        log.append('except ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run(False))
print(run(True))
def no_except(fail):
    log = []
    try:
        try:
            log.append('inner try')
            if fail:
                raise KeyError('k')
        finally:
            log.append('inner finally')
        log.append('after inner')
    except KeyError:
        log.append('outer caught')
    return log
print(no_except(False))
print(no_except(True))
def else_raises():
    try:
        pass
    except ValueError:
        return 'caught in same try'
    else:
        raise ValueError('from else')
try:
    else_raises()
except ValueError as e:
    print('else exception propagated:', e)
for i in range(3):
    try:
        if i == 1:
            raise IndexError(i)
        print('iteration', i, 'ok')
    except IndexError as e:
        print('iteration', i, 'caught', e)
    else:
        print('iteration', i, 'else')
    finally:
        print('iteration', i, 'finally')
