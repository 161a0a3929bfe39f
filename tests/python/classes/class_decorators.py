# Class decorators: registering, adding methods, replacing the class, stacking.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def with_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, getattr(self, k)) for k in cls.fields)
        return '%s(%s)' % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls


def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


@register
@with_repr
@tagged('geo')
class Point:
    fields = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


@register
class Other:
    pass

print(sorted(registry))
print(Point(1, 2), Point.tag, registry['Point'] is Point)
print([Point(i, i * i) for i in range(3)])


def singleton(cls):
    instances = []

    def get():
        if not instances:
            instances.append(cls())
        return instances[0]
    return get


@singleton
class Config:
    def __init__(self):
        print('Config created')
        self.values = {}

a = Config()
b = Config()
a.values['k'] = 1
print(a is b, b.values, type(Config).__name__)


def count_instances(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instance_count += 1
        original_init(self, *args, **kwargs)
    cls.instance_count = 0
    cls.__init__ = __init__
    return cls


@count_instances
class Widget:
    def __init__(self, name):
        self.name = name

ws = [Widget('w%d' % i) for i in range(4)]
print(Widget.instance_count, ws[2].name)


def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco


@add_method('one', 1)
@add_method('two', 2)
class Numbers:
    pass

n = Numbers()
print(n.one(), n.two())
order = []


def trace(label):
    order.append('make ' + label)

    def deco(cls):
        order.append('apply ' + label)
        return cls
    return deco


@trace('outer')
@trace('inner')
class Traced:
    order.append('class body')

print(order)


def auto_eq(cls):
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls


@auto_eq
@with_repr
class Pair:
    fields = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

print(Pair(1, 2) == Pair(1, 2), Pair(1, 2) == Pair(2, 1), Pair(1, 2) != Pair(1, 3))
print(Pair('x', [1]), Pair.__hash__ is None, Pair.__name__)


def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, '_frozen', False):
            raise AttributeError('%s is frozen' % cls.__name__)
        object.__setattr__(self, name, value)
    original_init = cls.__init__

    def __init__(self, *args):
        original_init(self, *args)
        object.__setattr__(self, '_frozen', True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls


@frozen
class Config2:
    def __init__(self, host, port):
        self.host = host
        self.port = port

c = Config2('localhost', 80)
print(c.host, c.port)
try:
    c.port = 8080
except AttributeError as e:
    print('AttributeError:', e)
print(c.port)
for name, cls in sorted(registry.items()):
    print(name, cls.__name__, cls.__qualname__, hasattr(cls, 'tag'))
