# Multiple inheritance: C3 method resolution order, diamonds, __mro__ contents.
class A:
    def who(self):
        return 'A'

    def only_a(self):
        return 'only A'


class B(A):
    def who(self):
        return 'B'


class C(A):
    def who(self):
        return 'C'

    def only_c(self):
        return 'only C'


class D(B, C):
    pass


class E(C, B):
    pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(D))
print(names(E))
print(D().who(), E().who(), D().only_c(), E().only_a())


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass

print(names(M))
print(M.__bases__ == (K1, K2, K3))
print(names(K1), names(K2))


class O1:
    x = 'O1'

class O2:
    x = 'O2'
    y = 'O2y'

class P(O1, O2):
    pass

class Q(O2, O1):
    pass

print(P.x, P.y, Q.x, Q.y)


class Left(A):
    def hello(self):
        return 'left'

class Right(A):
    def hello(self):
        return 'right'

    def who(self):
        return 'Right'

class Bottom(Left, Right):
    pass

print(names(Bottom), Bottom().hello(), Bottom().who())
print(issubclass(Bottom, Right), issubclass(Bottom, A), isinstance(Bottom(), Left))

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
