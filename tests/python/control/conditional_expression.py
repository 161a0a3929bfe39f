# x if cond else y.
for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 7
parity = 'even' if x % 2 == 0 else 'odd'
print(parity)
print((1 if True else 2) + 10)
print(('yes' if x > 100 else 'no'), ('a' if '' else 'b'), ('c' if [0] else 'd'))
def f():
    print('f called')
    return 'F'
def g():
    print('g called')
    return 'G'
print(f() if x > 0 else g())
print(f() if x < 0 else g())
m = max(3, 9) if x else min(3, 9)
print(m)
labels = []
for i in range(6):
    labels.append('fizz' if i % 3 == 0 else str(i))
print(labels)
