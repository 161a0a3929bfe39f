# __repr__ and __str__: print uses str, containers use repr, fallbacks between them.
class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Both(%r)' % (self.v,)

    def __str__(self):
        return 'both:' + str(self.v)


class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return '<ReprOnly %s>' % self.v


class StrOnly:
    def __str__(self):
        return 'just str'


b = Both('x')
print(b)
print(str(b), repr(b))
print([b, Both(1)])
print((b,), {'k': b}, {1: [b]})
print(f'{b} {b!r} {b!s}')
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
r = ReprOnly(3)
print(r, str(r), [r])
print(f'{r}')
s = StrOnly()
print(s, str(s))
print(str([s]).startswith('[<__main__.StrOnly object at 0x'))
print(repr(s).startswith('<__main__.StrOnly object at'))
print(str(b) + '!', len(repr(b)))


class Tree:
    def __init__(self, label, *kids):
        self.label = label
        self.kids = list(kids)

    def __repr__(self):
        if not self.kids:
            return 'Tree(%r)' % self.label
        return 'Tree(%r, %s)' % (self.label, ', '.join(repr(k) for k in self.kids))

t = Tree('root', Tree('a'), Tree('b', Tree('c')))
print(t)
print([t.kids[1]])


class Weird:
    def __str__(self):
        return 'weird-str'

    def __repr__(self):
        return 'weird-repr'

print(Weird(), [Weird()], str(Weird()), repr(Weird()))
print('%s|%r|%5s|%-12r|' % (Weird(), Weird(), ReprOnly(1), Weird()))


class BadStr:
    def __str__(self):
        return 42

try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
