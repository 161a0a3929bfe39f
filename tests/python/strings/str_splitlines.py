# str.splitlines with different line endings.
print('a\nb\nc'.splitlines())
print('a\nb\nc\n'.splitlines())
print('a\r\nb\rc\n'.splitlines())
print('a\n\nb'.splitlines())
print(''.splitlines())
print('\n'.splitlines())
print('no newline'.splitlines())
print('a\nb\n'.splitlines(True))
print('a\r\nb'.splitlines(keepends=True))
print('x\x0by\x0cz'.splitlines())
print('a\n\n'.split('\n'), 'a\n\n'.splitlines())
text = '''first
second

fourth'''
for i, line in enumerate(text.splitlines()):
    print(i, repr(line))
