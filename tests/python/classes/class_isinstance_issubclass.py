# type(), isinstance and issubclass with classes, tuples and builtin types.
class A: pass
class B(A): pass
class C(B): pass
class D: pass

a, b, c, d = A(), B(), C(), D()
print(type(a) is A, type(c) is C, type(c) is B, type(c) == C)
print(isinstance(c, A), isinstance(c, B), isinstance(c, C), isinstance(c, D))
print(isinstance(a, B), isinstance(d, (A, B)), isinstance(d, (A, D)))
print(isinstance(b, (D, (C, (B,)))))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(D, (A, B)))
print(issubclass(A, object), isinstance(a, object), isinstance(A, type), isinstance(A, object))
print(type(A) is type, type(type) is type, type(object) is type)
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('s', (int, str)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, float)))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance({}, dict))
print(isinstance(None, type(None)), type(None).__name__)
print(type(1).__name__, type('').__name__, type([]).__name__, type(a).__name__, type(A).__name__)
print(isinstance(ValueError('x'), Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
klass = type(c)
other = klass()
print(type(other).__name__, isinstance(other, B))
print(type(c)() is not c)
for obj in [1, 'x', 2.5, a, b, c, d, None, [1], (1,)]:
    if isinstance(obj, A):
        kind = 'A-family ' + type(obj).__name__
    elif isinstance(obj, (int, float)):
        kind = 'number'
    elif isinstance(obj, str):
        kind = 'string'
    elif obj is None:
        kind = 'none'
    else:
        kind = 'other ' + type(obj).__name__
    print(kind)
try:
    isinstance(a, 'A')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(a, A)
except TypeError as e:
    print('TypeError:', e)
