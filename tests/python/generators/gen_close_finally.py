# close(): runs finally blocks, raises GeneratorExit inside, no-op on finished generators.
def resource(name):
    print('  open', name)
    try:
        for i in range(5):
            yield '%s-%d' % (name, i)
    finally:
        print('  close', name)

g = resource('r1')
print(next(g), next(g))
print(g.close())
print(next(g, 'closed'))
g.close()
print('second close is fine')

g = resource('r2')
g.close()
print('closing an unstarted generator runs no body')

g = resource('r3')
for item in g:
    print(item)
    if item.endswith('1'):
        break
print('after break, generator still suspended')
print(next(g))
g.close()


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise

g = catches_exit()
next(g)
g.close()


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('  returning on GeneratorExit')
        return 'ignored value'

g = returns_on_exit()
next(g)
print(g.close())


def yields_on_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'not allowed'

g = yields_on_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)


def raises_other_on_exit():
    try:
        yield 1
    finally:
        raise ValueError('from finally during close')

g = raises_other_on_exit()
next(g)
try:
    g.close()
except ValueError as e:
    print('ValueError:', e)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))


def nested():
    try:
        yield from resource('inner')
    finally:
        print('  outer finally')

g = nested()
next(g)
g.close()
