# find/rfind/index/rindex with start and end.
s = 'abracadabra'
print(s.find('a'), s.rfind('a'))
print(s.find('bra'), s.rfind('bra'))
print(s.find('z'), s.rfind('z'))
print(s.find(''), s.rfind(''))
print(s.find('a', 1), s.find('a', 4), s.find('a', 11))
print(s.find('a', 1, 3), s.find('a', 1, 4))
print(s.find('a', -4), s.find('a', -4, -1))
print(s.rfind('a', 0, 10), s.rfind('a', 0, 3), s.rfind('bra', 0, 8))
print(s.find('abra', 1), s.find('abra', 7))
print(s.find('', 5), s.find('', 11), s.find('', 12))
print(s.index('c'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5))
for sub in ['x', 'abracadabrax']:
    try:
        print(s.index(sub))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(s.rindex(sub))
    except ValueError as e:
        print('ValueError:', e)
try:
    print(s.index('a', 11))
except ValueError as e:
    print('ValueError:', e)
pos = s.find('a')
found = []
while pos != -1:
    found.append(pos)
    pos = s.find('a', pos + 1)
print(found)
