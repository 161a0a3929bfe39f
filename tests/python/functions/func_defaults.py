# Default parameter values.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', 'Hey', '?'))
print(greet('Di', punct='.'))
print(greet(greeting='Yo', name='Ed'))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def f(a, b=None):
    if b is None:
        b = 'default-b'
    return a, b
print(f(1), f(1, 2), f(1, None))
def g(x=1 + 2, y='a' * 3, z=[0] * 2):
    return x, y, z
print(g())
def h(a, b=2, c=3):
    return a + b + c
print(h(1), h(1, 1), h(1, 1, 1), h(1, c=10))
