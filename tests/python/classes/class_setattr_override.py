# __setattr__ and __delattr__ overrides, object.__setattr__ for the real store.
class Validated:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print('  setattr %s=%r' % (name, value))
        if name == 'x' and value < 0:
            raise ValueError('x must be >= 0')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print('  delattr', name)
        if name == 'x':
            raise AttributeError('cannot delete x')
        object.__delattr__(self, name)

v = Validated(3)
print(v.x)
v.x = 10
print(v.x)
try:
    v.x = -1
except ValueError as e:
    print('ValueError:', e)
print(v.x)
v.y = 'extra'
print(v.y)
del v.y
print(hasattr(v, 'y'))
try:
    del v.x
except AttributeError as e:
    print('AttributeError:', e)
setattr(v, 'z', 5)
print(v.z)


class ReadOnlyAfterInit:
    def __init__(self, a, b):
        object.__setattr__(self, 'a', a)
        object.__setattr__(self, 'b', b)

    def __setattr__(self, name, value):
        raise AttributeError('%s is read-only' % type(self).__name__)

r = ReadOnlyAfterInit(1, 2)
print(r.a, r.b)
try:
    r.a = 5
except AttributeError as e:
    print('AttributeError:', e)
print(r.a)


class Tracking:
    def __init__(self):
        object.__setattr__(self, 'changes', [])
        self.count = 0

    def __setattr__(self, name, value):
        self.changes.append(name)
        super().__setattr__(name, value)

t = Tracking()
t.count += 1
t.count += 1
t.label = 'x'
print(t.count, t.label, t.changes)


class Lower:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.lower(), value)

lo = Lower()
lo.NAME = 'v'
lo.MixedCase = 1
print(lo.name, lo.mixedcase, hasattr(lo, 'NAME'))
