# iter/next and StopIteration.
it = iter([1, 2])
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
print(next(it, 'default'))
print(next(iter(''), None))
it2 = iter('ab')
print(list(it2))
print(list(it2))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d), next(d, 'end'))
r = iter(range(3))
total = 0
while True:
    try:
        total += next(r)
    except StopIteration:
        break
print(total)
z = iter(zip([1, 2], 'ab'))
print(next(z), next(z), next(z, 'done'))
e = iter(enumerate('q'))
print(next(e), next(e, 'fin'))
m = map(lambda x: x * 2, [5])
print(next(m), next(m, 'mapped out'))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
