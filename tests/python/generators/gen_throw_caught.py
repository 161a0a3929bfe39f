# throw() into a generator that catches the exception and keeps yielding.
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print('  generator caught', repr(e))
            n = 100
        except KeyError:
            print('  KeyError: resetting')
            n = 0

g = resilient()
print(next(g), next(g))
print(g.throw(ValueError('boom')))
print(next(g))
print(g.throw(KeyError))
print(next(g), next(g))


def logger():
    log = []
    while True:
        try:
            item = yield log
            log.append(('item', item))
        except Exception as e:
            log.append(('error', type(e).__name__, str(e)))

lg = logger()
next(lg)
lg.send('a')
lg.throw(TypeError('bad type'))
res = lg.send('b')
print(res)


def finishing():
    try:
        yield 'working'
    except RuntimeError:
        yield 'handled, one more'
    yield 'last'

f = finishing()
print(next(f), f.throw(RuntimeError), next(f), next(f, 'end'))


def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return 'returned after throw'

r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print('StopIteration value:', e.value)


def delegating():
    result = yield from resilient()
    yield result

d = delegating()
print(next(d), next(d), d.throw(ValueError('via yield from')), next(d))


def counter():
    i = 0
    while True:
        try:
            yield i
        except IndexError as e:
            i = e.args[0]
        else:
            i += 1

c = counter()
print(next(c), next(c), c.throw(IndexError(50)), next(c), next(c))
