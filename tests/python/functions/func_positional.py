# Positional parameters and return values.
def add(a, b):
    return a + b
def describe(name, age, city):
    return name + ' (' + str(age) + ') from ' + city
print(add(2, 3))
print(add('x', 'y'))
print(add([1], [2]))
print(describe('Ann', 30, 'Oslo'))
def no_args():
    return 'no args'
print(no_args())
def no_return(x):
    x + 1
print(no_return(5))
def early(x):
    if x < 0:
        return
    return x * 2
print(early(-1), early(4))
def multi():
    return 1, 'two', [3]
print(multi())
r = multi()
print(type(r).__name__, len(r))
def identity(x):
    return x
print(identity(identity)(7))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1))
