# args, str() and repr() of builtin and user exceptions with 0, 1 and several arguments.
class E(Exception):
    pass

for exc in [E(), E('one'), E('a', 'b'), E(1, [2], None), ValueError(), ValueError(''),
            KeyError('k'), KeyError(), KeyError(1, 2), IndexError('list index'),
            StopIteration(5), ZeroDivisionError('division by zero'), E(E('nested'))]:
    print('%-22s| %-26r| %r' % (type(exc).__name__, str(exc), exc.args))
    print('   repr:', repr(exc))
print(repr(Exception('x', 1)), str(Exception('x', 1)))
print(repr(BaseException()), str(BaseException('b')))
e = E('first')
e.args = ()
print(repr(e), repr(str(e)))
e.args = ['list', 'args']
print(repr(e), e.args)
print(StopIteration(7).value, StopIteration().value)
print(KeyError('x').args[0], repr(LookupError('y')))
try:
    raise E('raised') from ValueError('why')
except E as x:
    print(repr(x), repr(x.__cause__))
