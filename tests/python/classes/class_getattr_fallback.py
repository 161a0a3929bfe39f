# __getattr__ is only called when normal lookup fails; proxies and dynamic attributes.
class Dynamic:
    existing = 'class attr'

    def __init__(self):
        self.real = 'instance attr'

    def __getattr__(self, name):
        print('  __getattr__(%r)' % name)
        if name.startswith('get_'):
            return lambda: 'got ' + name[4:]
        if name == 'answer':
            return 42
        raise AttributeError('Dynamic has no %r' % name)

d = Dynamic()
print(d.real)
print(d.existing)
print(d.answer)
print(d.get_milk())
print(hasattr(d, 'nothing'))
print(getattr(d, 'nothing', 'default'))
try:
    d.nothing
except AttributeError as e:
    print('AttributeError:', e)
d.answer = 'set directly'
print(d.answer)


class Proxy:
    def __init__(self, target):
        self._target = target
        self.accessed = []

    def __getattr__(self, name):
        self.accessed.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.accessed, p.count(1))
print(p.accessed)
try:
    p.nonexistent
except AttributeError as e:
    print('AttributeError:', e)


class Record:
    def __init__(self, **fields):
        self.fields = fields

    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None

r = Record(name='Ann', age=30)
print(r.name, r.age, getattr(r, 'email', 'n/a'))


class Chain:
    def __init__(self, path=''):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + '/' + name)

    def __repr__(self):
        return 'Chain(%r)' % self.path

print(Chain().users.alice.repos)


class Base:
    def __getattr__(self, name):
        return 'base fallback for ' + name


class Derived(Base):
    known = 1

print(Derived().known, Derived().unknown)


class PropertyRaises:
    @property
    def broken(self):
        raise AttributeError('inner problem')

    def __getattr__(self, name):
        return 'fallback: ' + name

print(PropertyRaises().broken)
