# strip/lstrip/rstrip with and without chars.
s = '   hello world \t\n'
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print(repr('xxhixx'.strip('x')))
print(repr('xxhixx'.lstrip('x')))
print(repr('xxhixx'.rstrip('x')))
print(repr('abcHelloCBA'.strip('abc')))
print(repr('abcHelloCBA'.strip('abcABC')))
print(repr('www.example.com'.strip('cmowz.')))
print(repr(''.strip()))
print(repr('    '.strip()))
print(repr('aaaa'.strip('a')))
print(repr('  a  '.strip(' ')))
print(repr('\n\t x \t\n'.strip()))
print(repr('123abc321'.strip('123')))
print(repr('hello'.strip('')))
print(repr('  hello  '.strip(None)))
print(repr('\u00a0nbsp\u00a0'.strip()))
lines = ['  alpha ', 'beta\n', '\tgamma\t']
for l in lines:
    print('[' + l.strip() + ']')
