# Format specs applied to strings: width, alignment, fill, precision.
words = ['a', 'tessera', 'truffle', '', 'é😀', 'exactly10!']
for w in words:
    print(f'[{w:10}] [{w:>10}] [{w:^10}] [{w:_<10}] [{w:.3}] [{w:>6.2}] [{w:*^11}]')
for w in words:
    print('[{:10}] [{:>10}] [{:^10}] [{:.2}]'.format(w, w, w, w))
for w in words:
    print('[%10s] [%-10s] [%.2s] [%5.1s]' % (w, w, w, w))
print('{:s}'.format('plain'))
try:
    print('{:d}'.format('text'))
except ValueError as e:
    print('ValueError:', e)
try:
    print(f'{"text":,}')
except ValueError as e:
    print('ValueError:', e)
try:
    print(f'{"text":=10}')
except ValueError as e:
    print('ValueError:', e)
