# User exceptions subclassing builtin exceptions are caught by the builtin's handlers.
class NegativeError(ValueError):
    def __init__(self, value):
        super().__init__('negative value: %r' % value)
        self.value = value


class MissingKey(KeyError):
    pass


def sqrt(x):
    if x < 0:
        raise NegativeError(x)
    return x ** 0.5

try:
    sqrt(-4)
except ValueError as e:
    print('as ValueError:', e, e.value, isinstance(e, NegativeError))
try:
    raise MissingKey('k')
except LookupError as e:
    print('as LookupError:', e, repr(e))
print(str(MissingKey('quoted')), str(KeyError('quoted')))
print([c.__name__ for c in NegativeError.__mro__])
print(sqrt(9))
sqrt(-1)
