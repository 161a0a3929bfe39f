# yield inside with blocks: __enter__/__exit__ ordering relative to consumer code.
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  enter', self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print('  exit', self.name, et.__name__ if et else None)
        return False


def gen():
    with Ctx('a') as v:
        yield v + '1'
        yield v + '2'
    yield 'outside'

for x in gen():
    print('consumer got', x)


def nested_with():
    with Ctx('outer') as o, Ctx('inner') as i:
        yield o + '/' + i
    print('  both exited')
    yield 'end'

print(list(nested_with()))


def closed_early():
    with Ctx('res'):
        yield 1
        yield 2

g = closed_early()
print(next(g))
g.close()
print('after close')


def thrown():
    with Ctx('t'):
        yield 'before throw'

g = thrown()
next(g)
try:
    g.throw(ValueError('thrown in'))
except ValueError as e:
    print('ValueError:', e)


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            print('  suppressing', et.__name__)
        return True


def suppressing():
    for i in range(3):
        with Suppress():
            yield i
            if i == 1:
                raise KeyError(i)
            yield i * 10

print(list(suppressing()))
g = suppressing()
next(g)
print(g.throw(IndexError('into suppressed with')))
print(list(g))


def with_loop():
    for name in ['x', 'y']:
        with Ctx(name) as up:
            yield up

print(list(with_loop()))
