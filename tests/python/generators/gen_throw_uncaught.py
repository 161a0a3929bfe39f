# throw() into a generator that does not catch: the exception propagates and finishes it.
def simple():
    yield 1
    yield 2

g = simple()
print(next(g))
try:
    g.throw(ValueError('not handled'))
except ValueError as e:
    print('propagated:', e)
print(next(g, 'generator finished'))


def with_finally():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('  finally during throw')

g = with_finally()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError:', e)

fresh = simple()
try:
    fresh.throw(TypeError('before start'))
except TypeError as e:
    print('thrown into unstarted generator:', e)
print(next(fresh, 'unstarted generator is now finished'))

done = simple()
list(done)
try:
    done.throw(IndexError('after end'))
except IndexError as e:
    print('thrown into finished generator:', e)


def converts():
    try:
        yield 1
    except ValueError as e:
        raise RuntimeError('converted') from e

g = converts()
next(g)
try:
    g.throw(ValueError('orig'))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))


def only_catches_key():
    while True:
        try:
            yield
        except KeyError:
            print('  caught KeyError')

g = only_catches_key()
next(g)
g.throw(KeyError)
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError:
    print('ZeroDivisionError escaped')
print(next(g, 'finished'))
try:
    simple().throw(ValueError)
except ValueError as e:
    print('class thrown:', repr(e))
