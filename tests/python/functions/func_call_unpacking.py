# Calls with *iterable and **mapping unpacking.
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*(4, 5, 6)))
print(f(*[7], *[8, 9]))
kw = {'a': 1, 'b': 2, 'c': 3}
print(f(**kw))
print(f(1, **{'c': 3, 'b': 2}))
print(f(*[1], **{'c': 5, 'b': 4}))
print(f(*range(3)))
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], *(3,), x=1, **{'y': 2}, **{'z': 3}))
print(show(*{'k1': 0, 'k2': 0}))
print(show(*[]))
try:
    f(*[1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{'a': 1, 'b': 2, 'd': 4})
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, **{'a': 1, 'b': 2})
except TypeError as e:
    print('TypeError:', e)
print(max(*[3, 8, 1]))
print(*[1, 2, 3])
print(*'abc', sep='-')
