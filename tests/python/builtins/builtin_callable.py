# callable() on various values.
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(print))
print(callable(int), callable(str), callable(list), callable(ValueError))
print(callable(1), callable('s'), callable(None), callable([f]), callable({}))
print(callable('abc'.upper), callable([].append))
items = [f, 1, len, 'x', max]
for item in items:
    if callable(item):
        print('callable')
    else:
        print('not callable:', repr(item))
