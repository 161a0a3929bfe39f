a = 'x' f'{y}' 'z'
b = f'{a}' f'{b}'
c = u'u' f'{x}'
d = f'{x}' 'tail'
e = (f'multi {x}'
     f'line {y}')
