# Nested with statements: ordering, an inner manager suppressing, outer seeing the result.
class Indent:
    level = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  ' * Indent.level + '<' + self.name + '>')
        Indent.level += 1
        return self

    def __exit__(self, et, ev, tb):
        Indent.level -= 1
        print('  ' * Indent.level + '</' + self.name + '>' + (' (' + et.__name__ + ')' if et else ''))
        return self.name == 'catch'

    def text(self, t):
        print('  ' * Indent.level + t)

with Indent('html'):
    with Indent('body') as body:
        with Indent('p') as p:
            p.text('hello')
        body.text('between')
        with Indent('p') as p:
            p.text('world')
with Indent('outer'):
    with Indent('catch'):
        with Indent('inner'):
            raise ValueError('bubbles to catch')
    print('    after catch block, level', Indent.level)
try:
    with Indent('a'):
        with Indent('b'):
            raise KeyError('escapes')
except KeyError:
    print('escaped, level', Indent.level)


def build(depth):
    if depth == 0:
        Indent('leaf').text('leaf text at level %d' % Indent.level)
        return
    with Indent('d%d' % depth):
        build(depth - 1)

build(3)
