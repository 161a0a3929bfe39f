# partition and rpartition.
print('key=value'.partition('='))
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('novalue'.partition('='))
print('novalue'.rpartition('='))
print(''.partition('x'))
print('a::b::c'.partition('::'))
print('a::b::c'.rpartition('::'))
print('=start'.partition('='))
print('end='.rpartition('='))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
for line in ['a: 1', 'b:2', 'c', 'd: e: f']:
    k, sep, v = line.partition(':')
    print(repr(k.strip()), bool(sep), repr(v.strip()))
