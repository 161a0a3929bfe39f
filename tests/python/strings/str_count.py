# str.count with overlapping patterns and ranges.
s = 'mississippi'
print(s.count('s'), s.count('ss'), s.count('i'), s.count('issi'), s.count('x'))
print(s.count(''))
print(''.count(''), ''.count('a'))
print('aaaa'.count('aa'))
print(s.count('s', 3), s.count('s', 3, 5), s.count('i', -4))
print('abcabcabc'.count('abc', 1))
print('😀😀a😀'.count('😀'))
counts = {}
for ch in s:
    counts[ch] = s.count(ch)
print(counts)
