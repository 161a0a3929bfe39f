# Basic generators: yield values, laziness, list(), multiple independent generator objects.
def count_up(n):
    print('  start')
    i = 0
    while i < n:
        print('  yielding', i)
        yield i
        i += 1
    print('  end')

g = count_up(3)
print('created')
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
try:
    next(g)
except StopIteration:
    print('StopIteration again')
print(list(count_up(2)))


def letters():
    yield 'a'
    yield 'b'
    yield 'c'

a = letters()
b = letters()
print(next(a), next(a), next(b), next(a), next(b))
print(list(a), list(b))
print(type(a).__name__, iter(a) is a)


def empty():
    return
    yield

print(list(empty()), next(empty(), 'nothing'))


def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(6)), sum(squares(10)), max(squares(4)))
print(tuple(squares(3)), set(squares(4)), sorted(squares(5), reverse=True))
x, y, z = squares(3)
print(x, y, z)
print(dict(zip(letters(), squares(3))))
print([v for v in squares(8) if v % 2 == 0])
print(3 in count_up(5))


def mixed():
    yield 1
    yield 'two'
    yield [3]
    yield None
    yield (5, 6)

print(list(mixed()))
for i, v in enumerate(mixed(), 1):
    print(i, repr(v))
