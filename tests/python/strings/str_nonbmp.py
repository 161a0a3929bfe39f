# Non-BMP characters count as a single code point.
s = 'I😀U😃🎉!'
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]))
print(s[1:3])
print(s[::-1])
print(s[-2])
print(s.find('🎉'))
print(s.index('U'))
print(s.count('😀'))
print(s.replace('😀', ':)'))
print(s.split('U'))
print('😀' in s, '😢' in s)
print(repr(s))
print(s.upper())
print(list('a😀b'))
print(len('🇫🇷'))
print('😀'.isalpha())
print(chr(128512), ord('🎉'))
print('😀' < '😃', 'z' < '😀')
t = ''
for ch in s:
    t = ch + t
print(t)
print(t == s[::-1])
print(s.center(12, '*'))
print('%s|%5s|' % ('😀', '😀'))
print(f'{s:>10}|')
