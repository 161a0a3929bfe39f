# __class__, __name__, __qualname__ (nested classes, methods, functions), __doc__, __module__.
class Outer:
    """Outer docstring."""

    class Inner:
        """Inner doc."""

        class Deepest:
            pass

        def inner_method(self):
            pass

    def method(self):
        """Method doc."""

        def local():
            pass
        return local


class NoDoc:
    pass


def func():
    """Function doc."""


def outer_func():
    class LocalClass:
        def m(self):
            pass
    return LocalClass

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__name__, Outer.Inner.Deepest.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__)
print(Outer.Inner.inner_method.__qualname__)
print(Outer().method().__qualname__, Outer().method().__name__)
print(func.__name__, func.__qualname__)
L = outer_func()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, NoDoc.__doc__)
print(Outer.method.__doc__, func.__doc__, outer_func.__doc__)
print(Outer.__module__, func.__module__, NoDoc().__module__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, o.__class__.__qualname__)
print(Outer.Inner().__class__.__qualname__)
print(type(o).__doc__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
print(int.__name__, str.__qualname__, ValueError.__name__)
print(Outer.__class__.__name__)
print(o.method.__name__, o.method.__qualname__)


class Renamed:
    pass

Renamed.__name__ = 'NewName'
print(Renamed.__name__, Renamed.__qualname__)
