# Unterminated single-quoted string.
print("never")
s = 'abc
print(s)
