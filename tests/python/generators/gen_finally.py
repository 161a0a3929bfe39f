# finally and try/except in generators: normal exhaustion, early return, exceptions.
log = []


def tracked(n):
    log.append('start')
    try:
        for i in range(n):
            log.append('yield %d' % i)
            yield i
        log.append('loop done')
    finally:
        log.append('finally')

print(list(tracked(2)), log)
log.clear()
print(sum(tracked(3)), log)
log.clear()


def early_return(items):
    try:
        for x in items:
            if x is None:
                return
            yield x
    finally:
        print('  cleanup for', items)

print(list(early_return([1, 2, None, 3])))
print(list(early_return([])))


def multi_stage():
    try:
        try:
            yield 'inner'
            raise KeyError('k')
        finally:
            print('  inner finally')
    except KeyError as e:
        yield 'handled ' + repr(e)
    finally:
        print('  outer finally')
    yield 'after'

print(list(multi_stage()))


def else_clause(ok):
    try:
        yield 'try'
        if not ok:
            raise ValueError
    except ValueError:
        yield 'except'
    else:
        yield 'else'
    finally:
        yield 'finally'

print(list(else_clause(True)), list(else_clause(False)))


def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print('  finally for', i)

print(list(loop_with_finally()))
