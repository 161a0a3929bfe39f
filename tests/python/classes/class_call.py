# __call__: callable instances used as functions, with arguments, as callbacks and in map().
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return (x + sum(more) + self.n) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls)
print(list(map(add5, [10, 20, 30])), add5.calls)
print(sorted([3, 1, 2], key=Adder(-10)))
print(callable(add5), callable(Adder))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache), type(fib).__name__)


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(Compose(inc, dbl)(5), Compose(dbl, inc)(5), Compose()(7))
print(Compose(str, abs, Adder(-100))(3))


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1
        return self.count

c = Counter()
c(); c(); c()
print(c.count, c())


class Factory:
    def __call__(self):
        return Factory()

f = Factory()
print(type(f()()).__name__)


class NotCallable:
    pass

try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
try:
    add5()
except TypeError as e:
    print('TypeError:', e)
