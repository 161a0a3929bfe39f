# Function decorators: plain, with arguments, stacking order, functools.wraps, methods.
import functools


def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper


def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco


@shout
def greet(name):
    return 'hello ' + name


@repeat(3)
def roll(x):
    """Roll x."""
    return x * 2

print(greet('ann'), greet.__name__)
print(roll(4), roll.__name__, roll.__doc__, roll.__wrapped__(5))

calls = []


def log(tag):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            calls.append('%s:%s%r' % (tag, fn.__name__, a))
            return fn(*a, **k)
        return inner
    return deco


@log('A')
@log('B')
def add(a, b):
    return a + b

print(add(1, 2), calls, add.__name__, add.__qualname__)


def bold(fn):
    return lambda: '<b>' + fn() + '</b>'


def italic(fn):
    return lambda: '<i>' + fn() + '</i>'


@bold
@italic
def text():
    return 'hi'

print(text())


def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(15), fib.calls)


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    """Square slowly."""
    return n * n

print([slow_square(i % 4) for i in range(10)], sorted(slow_square.cache.items()))
print(slow_square.__doc__, slow_square.__name__)


def method_logger(fn):
    def wrapper(self, *args):
        return '%s.%s%r -> %r' % (type(self).__name__, fn.__name__, args, fn(self, *args))
    return wrapper


class Calc:
    @method_logger
    def mul(self, a, b):
        return a * b

print(Calc().mul(6, 7))


def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('expected %s, got %s' % (t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return deco


@validate(int, str)
def label(n, s):
    return s * n

print(label(2, 'ab'))
try:
    label('2', 'ab')
except TypeError as e:
    print('TypeError:', e)
no_wraps = shout(lambda: 'x')
print(no_wraps.__name__, no_wraps())
