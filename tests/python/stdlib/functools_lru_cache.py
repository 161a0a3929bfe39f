# functools.lru_cache: memoised fib, cache_info(), cache_clear(), maxsize=None and maxsize=2.
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info().hits, fib.cache_info().misses, fib.cache_info().currsize)
calls = []


@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10

for x in [1, 2, 1, 3, 2, 1, 1]:
    slow(x)
print(calls, slow.cache_info())


@lru_cache
def no_parens(a, b=1):
    calls.append((a, b))
    return a + b

calls.clear()
print(no_parens(1), no_parens(1), no_parens(1, 2), no_parens(1, b=2), no_parens(a=1))
print(calls, no_parens.cache_info())


@lru_cache(maxsize=128)
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)

print(count_paths(16, 16), count_paths.cache_info())
info = fib.cache_info()
print(info.maxsize, type(info).__name__, info == (info.hits, info.misses, info.maxsize, info.currsize))
print(fib.__name__, fib.__wrapped__.__name__, fib.__wrapped__(5))
try:
    slow([1])
except TypeError as e:
    print('TypeError:', e)
