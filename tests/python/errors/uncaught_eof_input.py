# input() on empty stdin raises EOFError.
print('asking for input')
name = input()
print('hello', name)
