# Recursive generators: tree traversals, nested structure walking, paths and depth.
tree = ('A', [('B', [('D', []), ('E', [('H', [])])]), ('C', [('F', []), ('G', [])])])


def preorder(node):
    label, kids = node
    yield label
    for k in kids:
        yield from preorder(k)


def postorder(node):
    label, kids = node
    for k in kids:
        yield from postorder(k)
    yield label


def with_depth(node, depth=0):
    label, kids = node
    yield depth, label
    for k in kids:
        yield from with_depth(k, depth + 1)


def paths(node, prefix=()):
    label, kids = node
    here = prefix + (label,)
    if not kids:
        yield '/'.join(here)
    for k in kids:
        yield from paths(k, here)


def leaves(node):
    label, kids = node
    if not kids:
        yield label
    else:
        for k in kids:
            for leaf in leaves(k):
                yield leaf

print(list(preorder(tree)))
print(list(postorder(tree)))
for depth, label in with_depth(tree):
    print('  ' * depth + label)
print(list(paths(tree)))
print(list(leaves(tree)))


def walk(obj, path='root'):
    if isinstance(obj, dict):
        for k in obj:
            yield from walk(obj[k], path + '.' + str(k))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, '%s[%d]' % (path, i))
    else:
        yield path, obj

doc = {'name': 'x', 'tags': ['a', 'b'], 'meta': {'size': 3, 'dims': (1, 2)}, 'empty': []}
for p, v in walk(doc):
    print(p, '=', repr(v))


def hanoi(n, src='L', dst='R', via='M'):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(4))
print(len(moves), moves[:5], moves[-1])


def deep(n):
    if n == 0:
        yield 'bottom'
        return
    yield from deep(n - 1)
    yield n

print(list(deep(50))[:3], len(list(deep(50))))
