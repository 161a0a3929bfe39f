# functools.cache and functools.wraps: preserved __name__/__doc__/__wrapped__ and cache behaviour.
from functools import cache, wraps

calls = 0


@cache
def factorial(n):
    global calls
    calls += 1
    return 1 if n <= 1 else n * factorial(n - 1)

print(factorial(10), calls)
print(factorial(12), calls)
print(factorial(5), calls, factorial.cache_info())


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc (should be replaced)"""
        result = fn(*args, **kwargs)
        print('  %s%r -> %r' % (fn.__name__, args, result))
        return result
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__(10, 20), add.__qualname__)


def unwrapped_deco(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@unwrapped_deco
def mul(a, b):
    """Multiply."""
    return a * b

print(mul(3, 4), mul.__name__, mul.__doc__, hasattr(mul, '__wrapped__'))


def with_attrs(fn):
    @wraps(fn)
    def wrapper():
        return fn()
    return wrapper


def original():
    pass

original.custom = 'kept'
w = with_attrs(original)
print(w.__name__, w.custom, w.__wrapped__ is original)


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(20), ways(100), ways.cache_info().currsize > 0)
ways.cache_clear()
print(ways.cache_info())


def twice(fn):
    @wraps(fn)
    def wrapper(*args):
        return fn(fn(*args))
    return wrapper


@twice
@logged
def inc(x):
    """Increment."""
    return x + 1

print(inc(5), inc.__name__, inc.__doc__, inc.__wrapped__.__name__)
print(inc.__wrapped__.__wrapped__(100))
