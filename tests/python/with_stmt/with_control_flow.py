# with inside loops and functions: break, continue and return still run __exit__.
class Trace:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print('  enter', self.label)
        return self.label

    def __exit__(self, et, ev, tb):
        print('  exit', self.label)
        return False

for i in range(4):
    with Trace('loop %d' % i):
        if i == 1:
            continue
        if i == 3:
            break
        print('  body', i)
print('loop done')


def find(items, target):
    for idx, item in enumerate(items):
        with Trace('check %s' % item):
            if item == target:
                return idx
    return -1

print(find(['a', 'b', 'c'], 'b'))
print(find(['a'], 'z'))


def nested_return():
    with Trace('outer'):
        with Trace('inner'):
            return 'from inner'

print(nested_return())
n = 0
while True:
    with Trace('while %d' % n):
        n += 1
        if n >= 2:
            break
print('n =', n)


def generator_with():
    with Trace('gen'):
        yield 1
        yield 2

print(list(generator_with()))


def try_in_with():
    with Trace('try'):
        try:
            return 'try-return'
        finally:
            print('  finally inside with')

print(try_in_with())
