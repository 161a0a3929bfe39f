# yield from: delegating to iterables, generators and nested yield from chains.
def from_list():
    yield from [1, 2, 3]
    yield from 'ab'
    yield from range(3)
    yield from ()
    yield from {'k': 1, 'j': 2}


def inner(tag):
    yield tag + '1'
    yield tag + '2'


def outer():
    yield 'start'
    yield from inner('a')
    yield 'middle'
    yield from inner('b')
    yield 'end'

print(list(from_list()))
print(list(outer()))


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4, [5]]]], 6, [], [[7, 8]]])))


def chain(*its):
    for it in its:
        yield from it

print(list(chain([1], (2, 3), 'xy', range(2), inner('z'))))


def level3():
    yield 3


def level2():
    yield 2
    yield from level3()


def level1():
    yield 1
    yield from level2()
    yield 4

g = level1()
print(next(g), next(g), next(g), next(g), next(g, 'done'))


def gen_of_gens():
    for n in range(1, 4):
        yield from (n * 10 + k for k in range(n))

print(list(gen_of_gens()))


def repeat_gen(g, times):
    items = list(g)
    for _ in range(times):
        yield from items

print(list(repeat_gen(inner('r'), 2)))


def from_iterator():
    it = iter([1, 2, 3, 4])
    next(it)
    yield from it

print(list(from_iterator()))


def numbered(prefix, n):
    for i in range(1, n + 1):
        yield '%s%d' % (prefix, i)


def round_robin_all():
    for p in 'abc':
        yield from numbered(p, 2)

for item in round_robin_all():
    print(item)


def depth_first(node):
    yield node[0]
    for child in node[1:]:
        yield from depth_first(child)

tree = ('root', ('a', ('a1',), ('a2',)), ('b',), ('c', ('c1', ('c1x',))))
print(list(depth_first(tree)))
g = depth_first(tree)
print(next(g), next(g), next(g))
print(list(g))


def from_string_then_bytes():
    yield from 'hi'
    yield from b'hi'
    yield from range(3, 0, -1)

print(list(from_string_then_bytes()))
