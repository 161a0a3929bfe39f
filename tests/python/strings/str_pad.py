# zfill, center, ljust, rjust.
for s in ['42', '-42', '+7', 'abc', '', '12345']:
    print(repr(s.zfill(5)), repr(s.zfill(2)))
for s in ['a', 'ab', 'abc', 'abcd', '']:
    print('[' + s.center(6) + ']', '[' + s.center(7, '*') + ']')
    print('[' + s.ljust(5) + ']', '[' + s.rjust(5) + ']', '[' + s.ljust(5, '.') + ']', '[' + s.rjust(5, '0') + ']')
print('[' + 'toolong'.center(3) + ']')
print('[' + 'x'.center(0) + ']')
print('[' + 'x'.rjust(-5) + ']')
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
rows = [('apple', 3), ('banana', 12), ('kiwi', 100)]
for name, qty in rows:
    print(name.ljust(10) + str(qty).rjust(5))
