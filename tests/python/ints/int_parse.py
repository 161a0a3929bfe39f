# int() parsing of strings with bases, whitespace, signs and underscores.
print(int('42'))
print(int(' 42 '))
print(int('\t-17\n'))
print(int('+8'))
print(int('ff', 16))
print(int('FF', 16))
print(int('0xff', 16))
print(int('777', 8))
print(int('0o777', 8))
print(int('101', 2))
print(int('0b101', 0))
print(int('0x1A', 0))
print(int('0o17', 0))
print(int('123', 0))
print(int('z', 36))
print(int('Zz', 36))
print(int('1_000_000'))
print(int('12345678901234567890123456789'))
print(int('-0'))
print(int('0'))
print(int('000123'))
print(int('10', 3))
for s in ['abc', '', ' ', '1.5', '12a', '0x10', '1__0', '_1', '0b102']:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int('010', 0)
except ValueError as e:
    print('ValueError:', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
print(int())
print(int(True))
print(int(False))
