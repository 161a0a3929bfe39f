# The mutable default argument is shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1))
print(safe_append(2))
def memo_count(key, cache={}):
    cache[key] = cache.get(key, 0) + 1
    return cache
print(memo_count('a'))
print(memo_count('b'))
print(memo_count('a'))
def fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
print(fib(10))
