# Exceptions raised inside __init__, __enter__, properties and dunder methods propagate.
class Strict:
    created = 0

    def __init__(self, v):
        if not isinstance(v, int):
            raise TypeError('Strict needs int, got %s' % type(v).__name__)
        if v < 0:
            raise ValueError('Strict needs >= 0')
        self.v = v
        Strict.created += 1

objs = []
for v in [1, 'x', -3, 4, 2.5]:
    try:
        objs.append(Strict(v))
        print('created', v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(Strict.created, [o.v for o in objs])


class Partial:
    def __init__(self):
        self.a = 1
        raise RuntimeError('half built')

p = None
try:
    p = Partial()
except RuntimeError as e:
    print('RuntimeError:', e, p)


class Lookup:
    def __getitem__(self, k):
        raise KeyError('no key %r' % (k,))

    def __len__(self):
        raise ValueError('len fails')

    def __eq__(self, other):
        raise TypeError('cannot compare')

    __hash__ = object.__hash__

lk = Lookup()
for action in [lambda: lk['a'], lambda: len(lk), lambda: lk == 1, lambda: lk in [1, 2], lambda: bool(lk)]:
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Parent:
    def __init__(self):
        print('  Parent.__init__ start')
        raise LookupError('parent failed')


class Child(Parent):
    def __init__(self):
        print('  Child.__init__ start')
        try:
            super().__init__()
        except LookupError as e:
            print('  Child handled:', e)
            self.state = 'recovered'

c = Child()
print(c.state)


class Factory:
    @classmethod
    def make(cls, n):
        try:
            return cls(n)
        except ZeroDivisionError:
            return None

    def __init__(self, n):
        self.inv = 1 / n

print(Factory.make(4).inv, Factory.make(0))
