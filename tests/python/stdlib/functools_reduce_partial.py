# functools.reduce (with and without initial) and partial (args, keywords, attributes, nesting).
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 7)))
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(operator.add, [5], 10))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)


def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(3), two_to(10), two_to(exp=5), square(7, mod=10))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
p2 = partial(two_to, mod=1000)
print(p2(20), p2.func is power, p2.args, p2.keywords)
int2 = partial(int, base=2)
print(int2('1010'), int2('111', base=10))
join_dash = partial('-'.join)
print(join_dash(['a', 'b']))
greet = partial(print, 'Hello', sep=', ')
greet('world')
greet('a', 'b', sep='|')
adders = [partial(operator.add, n) for n in range(3)]
print([f(10) for f in adders])
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(sorted(['bb', 'a', 'ccc'], key=partial(len)))
print(type(square).__name__, callable(square))
