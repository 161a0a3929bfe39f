# __getitem__/__setitem__/__delitem__/__contains__/__len__ on a user container.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell %r out of range' % (key,))
        return self.cells.get(key, '.')

    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __len__(self):
        return len(self.cells)

g = Grid(3, 2)
g[0, 0] = 'a'
g[2, 1] = 'b'
g[1, 1] = 'c'
print(g[0, 0], g[1, 0], g[2, 1], len(g))
print('b' in g, 'z' in g, 'z' not in g)
del g[2, 1]
print('b' in g, len(g))
for y in range(2):
    print(''.join(g[x, y] for x in range(3)))
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[9, 9]
except KeyError as e:
    print('KeyError:', e)
g[0, 0] += '!'
print(g[0, 0])


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, i):
        print('  getitem', i)
        return self.data[i]

    def __len__(self):
        return len(self.data)

s = Seq('xyz')
print(s[0], s[-1])
print(s[0:2])
print('y' in s)
print(list(s))
for ch in Seq('ab'):
    print('loop', ch)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i

print(list(Squares()), 9 in Squares(), sum(Squares()))
a, b, *rest = Squares()
print(a, b, rest)


class SliceAware:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)

sa = SliceAware()
print(sa[1], sa[1:5], sa[::2], sa[:3:-1], sa['k'], sa[1, 2])


class Defaulting:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        self.d[k] = v

c = Defaulting()
for word in 'a b a c a b'.split():
    c[word] += 1
print(sorted(c.d.items()))
try:
    Seq('ab')['x'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del Seq('ab')[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
