# * and ** unpacking in function calls: positional, keyword, several of each, mixing, errors.
def show(*args, **kwargs):
    return 'args=%r kwargs=%r' % (args, dict(sorted(kwargs.items())))


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

nums = [1, 2]
opts = {'c': 30, 'd': 40}
print(f(*nums), f(*nums, **opts), f(*[1], **{'b': 2}), f(**{'a': 'x', 'b': 'y'}))
print(show(*'abc'), show(*range(3), *[9]), show(*(), **{}))
print(show(1, *[2, 3], 4, *(5,), k=1, **{'m': 2}, n=3, **{'o': 4}))
print(show(*{'x': 1, 'y': 2}), show(**{'x': 1, 'y': 2}))
print(show(*(i * i for i in range(4))))
print(max(*[3, 1, 4]), min(*'hello'), print(*['a', 'b'], sep='-'))
args = ('%s=%s', 'k', 'v')
print(str.format('{}+{}', *nums), args[0] % args[1:])
print(f(1, *[2], d=5), f(*[1, 2, 3], **{'d': 'D'}))
for bad in [lambda: f(*[1, 2, 3, 4]), lambda: f(1, 2, **{'a': 9}), lambda: f(**{'b': 1}),
            lambda: show(**{1: 'x'}), lambda: show(*5), lambda: show(**[1]), lambda: show(**{'k': 1}, **{'k': 2})]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


def collect(first, *rest, last='L', **extra):
    return first, rest, last, extra

print(collect(*'xyz', **{'last': 'end', 'more': 1}))
config = {'sep': ' | ', 'end': ' <eol>\n'}
print('a', 'b', **config)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), list(map(sum, zip(*matrix))))
