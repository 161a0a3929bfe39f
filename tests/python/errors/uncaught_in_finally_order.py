# Output from finally blocks appears before the program dies.
def f():
    try:
        print('in f')
        return int('nope')
    finally:
        print('f finally')
def g():
    try:
        return f()
    finally:
        print('g finally')
g()
