# type(e).__name__ for exceptions raised by the runtime.
thunks = [
    lambda: 1 / 0,
    lambda: [][0],
    lambda: {}['k'],
    lambda: int('x'),
    lambda: 1 + None,
    lambda: undefined,
    lambda: (1).x,
    lambda: next(iter([])),
    lambda: float(10**400),
    lambda: chr(-1),
    lambda: [].pop(),
    lambda: 'a'.index('b'),
]
for t in thunks:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, type(e) is ZeroDivisionError, isinstance(e, LookupError), isinstance(e, ArithmeticError))
