# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=1, b=2))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
def g(*args, sep=' ', end='.'):
    return sep.join(args) + end
print(g('a', 'b'))
print(g('a', 'b', sep='-', end='!'))
def h(*, only):
    return only
print(h(only='yes'))
try:
    h('no')
except TypeError as e:
    print('TypeError:', e)
def k(a, *, b, c):
    return a + b + c
try:
    k(1)
except TypeError as e:
    print('TypeError:', e)
