# Code-point indexing, including negative indices and errors.
s = 'Python'
for i in range(len(s)):
    print(i, s[i], s[-i - 1])
print(s[0], s[-1], s[5], s[-6])
try:
    print(s[6])
except IndexError as e:
    print('IndexError:', e)
try:
    print(s[-7])
except IndexError as e:
    print('IndexError:', e)
try:
    print(''[0])
except IndexError as e:
    print('IndexError:', e)
print(type(s[0]).__name__, len(s[0]))
print(s[True])
u = 'naïve café'
print(u[2], u[-1], u[-2])
try:
    s[0] = 'J'
except TypeError as e:
    print('TypeError:', e)
try:
    print(s['a'])
except TypeError as e:
    print('TypeError:', e)
try:
    print(s[1.0])
except TypeError as e:
    print('TypeError:', e)
