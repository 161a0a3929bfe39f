# found by difffuzz (seed 7): only the StopIteration that ends a generator carries its return value
def gen(n):
    for i in range(n):
        yield i
    return 'finished'

it = gen(2)
print(next(it, 'none'), next(it, 'none'))
print(next(it, 'exhausted'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)

it = gen(1)
print(list(it))
try:
    next(it)
except StopIteration as e:
    print('after list:', repr(e.value))

it = gen(0)
try:
    next(it)
except StopIteration as e:
    print('first stop:', repr(e.value))
try:
    next(it)
except StopIteration as e:
    print('second stop:', repr(e.value))
