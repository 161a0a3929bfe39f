# float() of strings and ints.
for s in ['1e3', ' 3.5 ', '-2.25', '+1.0', '.5', '5.', '1_000.5', '1E-3', '\t42\n', '0', '-0',
          '  -0.0  ', '1e400', '-1e400', '1e-400', 'inf', '-infinity', 'nan', '12345678901234567890']:
    print(repr(s), float(s))
for s in ['abc', '', '1.2.3', '1e', '--1', '1 2', '0x10', '_1.0', 'in f']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError:', e)
print(float(3))
print(float(-7))
print(float(True))
print(float(10**30))
print(float())
print(float(2**1023))
try:
    float(2**1024)
except OverflowError as e:
    print('OverflowError:', e)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError:', e)
print(float('0.1') == 0.1)
print(float(repr(1/3)) == 1/3)
