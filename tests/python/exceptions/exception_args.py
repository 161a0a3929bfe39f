# e.args, str(e), repr(e) for builtin exceptions.
cases = [
    ValueError(),
    ValueError('one'),
    ValueError('bad', 42),
    KeyError('key'),
    KeyError('a', 'b'),
    IndexError(3),
    TypeError(None),
    RuntimeError(''),
    Exception('generic', [1, 2], {'k': 'v'}),
    ZeroDivisionError('custom zero'),
    AssertionError('assertion'),
    NameError('n'),
    StopIteration(5),
    ArithmeticError(1.5),
    LookupError("it's"),
    OverflowError(),
    AttributeError('attr'),
    NotImplementedError('later'),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    raise ValueError('bad', 42)
except ValueError as e:
    print(e)
    print(e.args[1] + 1)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.args, repr(e))
try:
    int('zz')
except ValueError as e:
    print(e.args)
try:
    [].pop()
except IndexError as e:
    print(repr(e))
