# Adjacent string literals are concatenated at compile time.
s = 'abc' 'def'
print(s)
s2 = ('first part, '
      'second part, '
      "third part")
print(s2)
print(len(s2))
s3 = 'x' "y" '''z''' """w"""
print(s3)
name = 'World'
s4 = 'Hello, ' f'{name}' '!'
print(s4)
s5 = f'{1 + 1}' ' plus ' f'{2 * 3}'
print(s5)
s6 = r'\n' '\n' r'\t'
print(repr(s6))
print(len(s6))
parts = ['a' 'b', 'c' 'd']
print(parts)
print(len(parts))
def g():
    return ('multi'
            'line'
            'return')
print(g())
print('con' 'cat' == 'concat')
