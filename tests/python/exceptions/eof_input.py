# input() on empty stdin raises EOFError (caught).
print('before input')
try:
    line = input()
    print('got', repr(line))
except EOFError as e:
    print('EOFError:', e)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError again:', e)
print('after input')
