# with A() as a, B() as b: entered left to right, exited right to left; failures mid-way.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        print('  enter', self.name)
        if self.fail_enter:
            raise RuntimeError('cannot enter ' + self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print('  exit', self.name, et.__name__ if et else '-')
        return False

with CM('a') as a, CM('b') as b, CM('c') as c:
    print('body', a, b, c)
with CM('x'), CM('y') as y:
    print('body', y)
try:
    with CM('p') as p, CM('q', fail_enter=True) as q:
        print('not reached')
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    with CM('outer') as o, CM('inner') as i:
        raise ValueError('in body')
except ValueError as e:
    print('ValueError:', e)


class Suppressor(CM):
    def __exit__(self, et, ev, tb):
        super().__exit__(et, ev, tb)
        return True

with Suppressor('s'), CM('t'):
    raise KeyError('suppressed by s')
print('after suppressed block')
with (CM('paren1') as p1, CM('paren2') as p2):
    print('parenthesized', p1, p2)
