# ord and chr round trips.
for c in ['A', 'a', '0', ' ', '~', '\n', 'é', '€', '😀', '\x00', '\uffff']:
    print(repr(c), ord(c), repr(chr(ord(c))))
for n in [65, 97, 48, 10, 233, 8364, 128512, 0x10FFFF]:
    print(n, repr(chr(n)))
s = ''
for i in range(26):
    s += chr(ord('a') + i)
print(s)
print(s.upper())
shifted = ''
for ch in 'Hello':
    shifted += chr(ord(ch) + 1)
print(shifted)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
