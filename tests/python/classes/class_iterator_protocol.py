# __iter__/__next__: user iterators and iterables in for, list(), sum(), unpacking, zip.
class CountDown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(CountDown(5)))
print(sum(CountDown(4)), max(CountDown(3)), sorted(CountDown(3)))
for n in CountDown(3):
    print('tick', n)
it = CountDown(2)
print(next(it), next(it), next(it, 'done'))
print(list(it))
a, b, c = CountDown(3)
print(a, b, c)


class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)


class Range2Iter:
    def __init__(self, lo, hi):
        self.i = lo
        self.hi = hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration()
        self.i += 1
        return self.i - 1

r = Range2(1, 4)
print(list(r), list(r))
print([x * y for x in r for y in r if x < y])
print(list(zip(r, CountDown(5))))
print(dict(zip(Range2(0, 3), 'abc')))
print(tuple(r), set(r), ' '.join(str(x) for x in r))
print(list(enumerate(Range2(5, 7))))
print(3 in r, 7 in r)
print(list(map(lambda v: v * 10, r)), list(filter(lambda v: v % 2, r)))
print(sum(x for x in Range2(0, 101)))
itr = iter(r)
print(iter(itr) is itr, next(itr))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

print(list(Fib(100)))
print(len(list(Fib(10 ** 6))))


class NotIter:
    pass

try:
    for x in NotIter():
        pass
except TypeError as e:
    print('TypeError:', e)


class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)


class Stopping:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration('finished')
        return self.n

s = Stopping()
print(list(s))
try:
    next(s)
    print('n is now', s.n)
except StopIteration as e:
    print('StopIteration', e.args)
