# User exception classes deriving from Exception: raising, catching, args, str and repr.
class MyError(Exception):
    pass


class Empty(Exception):
    pass

try:
    raise MyError('something failed')
except MyError as e:
    print('caught', type(e).__name__, e, e.args)
    print(repr(e), str(e))
try:
    raise MyError
except MyError as e:
    print('class raised:', repr(e), repr(str(e)), e.args)
try:
    raise MyError('a', 2, None)
except Exception as e:
    print(e, e.args, repr(e))
e = Empty()
print(repr(e), str(e) == '', isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(MyError, Exception), MyError.__bases__ == (Exception,), MyError.__name__)
print([c.__name__ for c in MyError.__mro__])
try:
    raise MyError(42)
except (ValueError, MyError) as err:
    print('tuple catch', err.args[0] + 1)
errors = [MyError('one'), Empty('two'), ValueError('three')]
for err in errors:
    try:
        raise err
    except MyError:
        print('MyError branch', err)
    except Exception as other:
        print('other branch', type(other).__name__, other)
x = MyError('stored')
print(x.args, str(x))
x.args = ('changed', 1)
print(str(x), repr(x))
try:
    try:
        raise Empty('inner')
    except MyError:
        print('not here')
except Empty as e:
    print('outer caught', e)


def risky(n):
    if n % 3 == 0:
        raise MyError('multiple of three: %d' % n)
    return n

results = []
for i in range(1, 8):
    try:
        results.append(risky(i))
    except MyError as e:
        results.append(str(e))
print(results)
print(MyError('x') == MyError('x'), MyError('x').args == MyError('x').args)
