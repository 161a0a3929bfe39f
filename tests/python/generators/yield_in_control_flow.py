# yield inside try/except, while, if/elif/else, nested loops with break/continue.
def classify(nums):
    for n in nums:
        if n < 0:
            yield 'neg'
        elif n == 0:
            yield 'zero'
        else:
            if n % 2:
                yield 'odd'
            else:
                yield 'even'

print(list(classify([-2, 0, 1, 4, 7])))


def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield 'inf'
        finally:
            pass

print(list(safe_div([(1, 2), (1, 0), (9, 3)])))


def wait_loop(limit):
    n = 0
    while True:
        n += 1
        if n > limit:
            break
        if n % 2 == 0:
            continue
        yield n
    yield 'loop exited at %d' % n

print(list(wait_loop(7)))


def while_else(items):
    i = 0
    while i < len(items):
        if items[i] == 'stop':
            yield 'found stop'
            break
        yield items[i]
        i += 1
    else:
        yield 'no stop'

print(list(while_else(['a', 'stop', 'b'])), list(while_else(['x'])))


def try_in_loop(values):
    for v in values:
        try:
            n = int(v)
        except ValueError:
            yield 'bad ' + v
            continue
        else:
            yield n
        yield 'after ' + v

print(list(try_in_loop(['1', 'x', '3'])))


def yields_in_handler():
    try:
        raise KeyError('k')
    except KeyError as e:
        yield 'handler start'
        yield 'handler sees ' + repr(e)
    yield 'done'

print(list(yields_in_handler()))


def ternary_yield(flag):
    yield 'yes' if flag else 'no'
    x = yield
    yield x if x is not None else 'nothing sent'

print(list(ternary_yield(True)), list(ternary_yield(False)))


def grid(n):
    for r in range(n):
        for c in range(n):
            if c > r:
                break
            yield (r, c)

print(list(grid(3)))


def nested_try():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                yield 'ok %d' % i
            except ValueError as e:
                yield 'inner caught %s' % e
                raise TypeError('converted %s' % e)
        except TypeError as e:
            yield 'outer caught %s' % e

print(list(nested_try()))
