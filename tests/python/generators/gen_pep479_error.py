# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', type(e.__cause__).__name__)


def explicit():
    yield 1
    raise StopIteration('manual')

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, repr(e.__cause__))


def fixed(it):
    for x in it:
        yield x

print(list(fixed(iter([1, 2, 3]))))


def explicit_return():
    yield 'a'
    return 'fine'

print(list(explicit_return()))
print(sum(leaky(iter([10, 20]))))
