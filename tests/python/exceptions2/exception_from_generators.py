# Exceptions raised in generators propagate to the consumer; generator is finished afterwards.
def gen(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError('bad item %d' % i)
        yield i

g = gen(10)
got = []
try:
    for x in g:
        got.append(x)
except ValueError as e:
    print('ValueError:', e, got)
print(next(g, 'exhausted'))


def safe(it):
    try:
        yield from it
    except ValueError as e:
        yield 'recovered from ' + str(e)

print(list(safe(gen(5))))


def with_cleanup():
    try:
        yield 1
        yield 2
        raise KeyError('inside')
    finally:
        print('  cleanup ran')

try:
    print(list(with_cleanup()))
except KeyError as e:
    print('KeyError:', e)


def div_all(nums):
    for n in nums:
        yield 100 // n

try:
    print(sum(div_all([1, 2, 0, 4])))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
results = []
for n in [5, 0, 20]:
    try:
        results.extend(div_all([n]))
    except ZeroDivisionError:
        results.append('div0')
print(results)


def lazy_error():
    raise RuntimeError('raised on first next, not on call')
    yield

g = lazy_error()
print('generator created')
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    next(g)
except StopIteration:
    print('StopIteration after error')

gexpr = (1 // x for x in [1, 0])
print(next(gexpr))
try:
    next(gexpr)
except ZeroDivisionError as e:
    print('genexpr ZeroDivisionError:', e)
try:
    list(int(s) for s in ['1', '2', 'three'])
except ValueError as e:
    print('ValueError:', e)
