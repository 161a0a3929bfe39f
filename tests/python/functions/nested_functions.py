# Nested function definitions and scopes.
def outer(n):
    def helper(k):
        return k * n
    total = 0
    for i in range(1, 4):
        total += helper(i)
    return total
print(outer(2), outer(10))
def counter_report(words):
    def count(ch):
        c = 0
        for w in words:
            c += w.count(ch)
        return c
    result = {}
    for ch in 'aeiou':
        result[ch] = count(ch)
    return result
print(counter_report(['banana', 'apple', 'kiwi', 'orange']))
x = 'global'
def a():
    x = 'a-local'
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(15))
def redefine():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first, f()
print(redefine())
def conditional_def(flag):
    if flag:
        def g():
            return 'yes'
    else:
        def g():
            return 'no'
    return g()
print(conditional_def(True), conditional_def(False))
