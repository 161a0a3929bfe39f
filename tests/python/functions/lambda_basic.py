# lambda expressions.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a: a)(1, 2))
print((lambda **k: k)(x=1))
print((lambda x, *, y: x - y)(10, y=3))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ['ab', 'abc', 'abcd'])))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda x: (x, x * 2))(4))
cond = lambda x: 'big' if x > 5 else 'small'
print(cond(3), cond(8))
