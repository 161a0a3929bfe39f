# !r and !s conversions in f-strings and str.format.
s = "it's"
t = 'line\nbreak'
n = 42
f = 2.5
print(f'{s}|{s!s}|{s!r}')
print(f'{t!r}')
print(f'{n!r} {n!s} {f!r}')
print(f'{None!r} {True!r}')
print(f'{[1, "a"]!r} {[1, "a"]!s}')
print(f'{"é"!r} {"é"!s}')
print(f'{"x"!r:>8}|')
print(f'{"x"!s:^7}|')
print('{!r} {!s}'.format(s, s))
print('{0!r:>10}|'.format('ab'))
items = ['a', "b'", 'c"', 'd\\']
for it in items:
    print(f'{it}|{it!r}|{it!s}|{it!r:>8}|{it:>4}|')
print(f'{1.0!r} {1e16!r} {-0.0!r}')
print(f'{(1, "x")!r}')
print('{!r:^10}|{!s:^10}|'.format(None, None))
