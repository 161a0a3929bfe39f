# TypeError messages for wrong calls.
def f(x):
    return x
def two(a, b):
    return a + b
def kw(a, b=1):
    return a
zero = lambda: 0
pair = lambda x, y: 0
tests = [
    ('f()', lambda: f()),
    ('two(1)', lambda: two(1)),
    ('two()', lambda: two()),
    ('two(1, 2, 3)', lambda: two(1, 2, 3)),
    ('f(1, 2)', lambda: f(1, 2)),
    ('kw(1, 2, 3)', lambda: kw(1, 2, 3)),
    ('two(1, b=2, z=3)', lambda: two(1, b=2, z=3)),
    ('two(1, a=2)', lambda: two(1, a=2)),
    ('f(y=1)', lambda: f(y=1)),
    ('kw()', lambda: kw()),
    ('zero(1)', lambda: zero(1)),
    ('pair()', lambda: pair()),
    ('pair(1, 2, y=3)', lambda: pair(1, 2, y=3)),
]
for desc, thunk in tests:
    try:
        thunk()
        print(desc, 'ok')
    except TypeError as e:
        print(desc, '->', e)
def three(a, b, c):
    pass
try:
    three(1)
except TypeError as e:
    print(e)
def noargs():
    pass
try:
    noargs(1)
except TypeError as e:
    print(e)
