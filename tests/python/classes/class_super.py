# super(): zero-argument and explicit forms, cooperative multiple inheritance.
class Base:
    def __init__(self, value):
        self.value = value
        self.log = ['Base.__init__']

    def show(self):
        return 'Base(%s)' % self.value


class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        self.log.append('Child.__init__')

    def show(self):
        return 'Child<' + super().show() + ', %s>' % self.extra


class GrandChild(Child):
    def __init__(self):
        super(GrandChild, self).__init__(1, 2)
        self.log.append('GrandChild.__init__')

    def show(self):
        return 'GC{' + super(GrandChild, self).show() + '}'

    def skip(self):
        return super(Child, self).show()

c = Child(5, 'x')
print(c.show(), c.log)
g = GrandChild()
print(g.show())
print(g.log)
print(g.skip())


class A:
    def go(self, trail):
        trail.append('A')
        return trail


class B(A):
    def go(self, trail):
        trail.append('B')
        return super().go(trail)


class C(A):
    def go(self, trail):
        trail.append('C')
        return super().go(trail)


class D(B, C):
    def go(self, trail):
        trail.append('D')
        return super().go(trail)

print(D().go([]))
print(B().go([]))
print(super(B, D()).go([]))
print(super(C, D()).go([]))


class Mixin:
    def __init__(self, **kw):
        self.mixed = True
        super().__init__(**kw)


class Core:
    def __init__(self, **kw):
        self.core_kw = sorted(kw)


class Combined(Mixin, Core):
    def __init__(self, **kw):
        super().__init__(**kw)

obj = Combined(a=1, b=2)
print(obj.mixed, obj.core_kw)


class Shape:
    def area(self):
        return 0

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def describe(self):
        return 'square: ' + super().describe()

print(Square(3).describe())


class Counter:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()


class SubCounter(Counter):
    @classmethod
    def make(cls):
        obj = super().make()
        obj.sub = True
        return obj

s = SubCounter.make()
print(type(s).__name__, s.sub, SubCounter.count, Counter.count)
