# KeyError messages show the repr of the key.
d = {'a': 1, 2: 'two', (1, 2): 'tuple'}
for key in ['x', 3, (1, 3), 2.5, None, "it's", '', 'multi\nline']:
    try:
        print(d[key])
    except KeyError as e:
        print('KeyError:', e, '| args:', e.args, '| repr:', repr(e))
try:
    del d['nope']
except KeyError as e:
    print('del KeyError:', e)
try:
    d.pop('gone')
except KeyError as e:
    print('pop KeyError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem KeyError:', e)
try:
    d[[1]]
except TypeError as e:
    print('TypeError:', e)
print(d['a'], d[2], d[1, 2])
