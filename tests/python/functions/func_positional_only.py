# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print('TypeError:', e)
def g(x, /):
    return x * 2
print(g(21))
try:
    g(x=21)
except TypeError as e:
    print('TypeError:', e)
def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
def defaults(a, b=10, /, c=20):
    return a + b + c
print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(1, c=0))
