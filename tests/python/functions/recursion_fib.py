# Recursive and iterative Fibonacci.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
for i in range(20):
    print(i, fib(i))
memo = {}
def mfib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = mfib(n - 1) + mfib(n - 2)
    memo[n] = r
    return r
print(mfib(100))
print(mfib(300))
def ifib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(ifib(300) == mfib(300))
print(ifib(1000))
