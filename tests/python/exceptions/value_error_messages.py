# Common ValueError messages.
tests = [
    ("int('abc')", lambda: int('abc')),
    ("int('1.5')", lambda: int('1.5')),
    ("int('')", lambda: int('')),
    ("int('12', 2)", lambda: int('12', 2)),
    ("float('x')", lambda: float('x')),
    ("a, b = [1, 2, 3]", lambda: exec_unpack3()),
    ("a, b, c = [1, 2]", lambda: exec_unpack2()),
    ("[].index(1)", lambda: [].index(1)),
    ("[1].remove(2)", lambda: [1].remove(2)),
    ("'abc'.index('z')", lambda: 'abc'.index('z')),
    ("(1, 2).index(3)", lambda: (1, 2).index(3)),
    ("range(1, 2, 0)", lambda: range(1, 2, 0)),
    ("chr(-5)", lambda: chr(-5)),
    ("max([])", lambda: max([])),
    ("'a'.split('')", lambda: 'a'.split('')),
    ("1 << -1", lambda: 1 << -1),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("'{:q}'.format(1)", lambda: '{:q}'.format(1)),
]
def exec_unpack3():
    a, b = [1, 2, 3]
def exec_unpack2():
    a, b, c = [1, 2]
for desc, thunk in tests:
    try:
        thunk()
        print(desc, 'no error')
    except ValueError as e:
        print(desc, '->', e)
def unpack_many():
    x, y = range(10)
try:
    unpack_many()
except ValueError as e:
    print(e)
def unpack_dict():
    p, q, r = {'a': 1}
try:
    unpack_dict()
except ValueError as e:
    print(e)
def unpack_str():
    s1, s2 = 'abc'
try:
    unpack_str()
except ValueError as e:
    print(e)
