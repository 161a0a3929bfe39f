# finally with return/break/continue: overriding return values and swallowing exceptions.
def f1():
    try:
        return 'try'
    finally:
        print('  f1 finally')


def f2():
    try:
        return 'try'
    finally:
        return 'finally'


def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'


def f4():
    x = 1
    try:
        return x
    finally:
        x = 2


def f5():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append('f%d' % i)
    return log


def f6():
    try:
        try:
            return 'inner'
        finally:
            print('  inner finally')
    finally:
        print('  outer finally')


def f7():
    items = []
    try:
        items.append('try')
        return items
    finally:
        items.append('finally')


def f8(n):
    try:
        if n == 0:
            raise ZeroDivisionError('zero')
        return 10 / n
    except ZeroDivisionError:
        return 'except'
    else:
        return 'else is skipped when try returns'
    finally:
        print('  f8 finally', n)


def f9():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'loop ended'

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
print(f7())
print(f8(0), f8(4))
print(f9())


def f10():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print('  f10 finally', count)

print(f10())


def f11():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('from except')
    finally:
        return 'finally beats except raise'

print(f11())
