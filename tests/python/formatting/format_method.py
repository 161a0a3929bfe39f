# str.format with positional, indexed and keyword fields.
print('{} {}'.format('a', 'b'))
print('{1} {0}'.format('a', 'b'))
print('{0} {1} {0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bob', age=7))
print('{0} and {name}'.format('pos', name='kw'))
print('{0:>8}|{1:<8}|{2:^8}|'.format('r', 'l', 'c'))
print('{:,}'.format(1234567))
print('{:.2f}'.format(3.14159))
print('{:08.3f}'.format(-3.14159))
print('{!r}'.format('quoted'))
print('{:x} {:o} {:b}'.format(255, 8, 5))
print('{0[0]} {0[1]}'.format(['first', 'second']))
print('{d[key]}'.format(d={'key': 'value'}))
print('{{}} {}'.format('braces'))
print('{:>6}|'.format('w'))
print('{:*^15}'.format(' mid '))
args = ['one', 'two', 'three']
print('{} - {} - {}'.format(*args))
kw = {'a': 1, 'b': 2}
print('{a} + {b} = {c}'.format(c=3, **kw))
print(''.format())
print('{}'.format(None))
print('{}'.format([1, 'x']))
print('{0}{0}{0}'.format('ab'))
try:
    print('{} {}'.format('only one'))
except IndexError as e:
    print('IndexError:', e)
try:
    print('{missing}'.format(x=1))
except KeyError as e:
    print('KeyError:', e)
try:
    print('{0} {}'.format(1, 2))
except ValueError as e:
    print('ValueError:', e)
try:
    print('{:d}'.format('s'))
except ValueError as e:
    print('ValueError:', e)
print('{:+.3e}'.format(12345.678))
print('{:%}'.format(0.25))
