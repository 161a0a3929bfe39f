# Class attributes versus instance attributes: lookup order, shadowing, deletion.
class Counter:
    kind = 'counter'
    total = 0

    def __init__(self, name):
        self.name = name
        Counter.total += 1

a = Counter('a')
b = Counter('b')
print(a.kind, b.kind, Counter.kind)
print(a.name, b.name)
print(Counter.total, a.total, b.total)
a.kind = 'special'
print(a.kind, b.kind, Counter.kind)
Counter.kind = 'changed'
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind, b.kind)
c = Counter('c')
print(Counter.total, c.total)
c.total = 100
print(Counter.total, c.total, a.total)
print(hasattr(Counter, 'name'), hasattr(a, 'name'))
Counter.extra = [1, 2]
print(a.extra, b.extra)
a.extra.append(3)
print(b.extra, Counter.extra)
a.extra = 'own'
print(a.extra, b.extra)


class Empty:
    pass

e = Empty()
e.x = 1
e.y = 'two'
print(e.x, e.y)
e.x += 10
print(e.x)
Empty.x = 'class x'
print(e.x)
del e.x
print(e.x)
f = Empty()
print(f.x)
try:
    f.y
except AttributeError as err:
    print('AttributeError:', err)
try:
    del f.x
except AttributeError as err:
    print('AttributeError:', err)


class WithDefaults:
    size = 3
    items = ()

    def grow(self):
        self.size = self.size + 1
        self.items = self.items + (self.size,)

w = WithDefaults()
w.grow()
w.grow()
print(w.size, w.items, WithDefaults.size, WithDefaults.items)
