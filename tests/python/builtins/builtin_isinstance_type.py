# isinstance with builtin types and tuples; type(x).__name__; type(x) is T.
values = [1, 1.5, 'str', True, None, [1], (1,), {'a': 1}, range(3), 10**30]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (int, float)),
          isinstance(v, (list, tuple)), isinstance(v, str), isinstance(v, dict))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(type(True) is bool, type(True) is int, type(1) is int, type(1.0) is float)
print(type('') is str, type([]) is list, type(()) is tuple, type({}) is dict)
print(type(None).__name__, type(range(1)).__name__)
print(isinstance(1, (str, (list, int))))
print(isinstance([], ()))
print(type(1) == int, type(1) != float)
print(type(lambda: 0).__name__)
def f():
    pass
print(type(f).__name__)
print(int.__name__, str.__name__, list.__name__, dict.__name__, tuple.__name__, float.__name__, bool.__name__)
print(isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError))
print(type(ValueError('x')).__name__)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
