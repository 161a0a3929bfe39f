# string module constants, printed with repr and used for membership tests.
import string

print(string.ascii_letters)
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits)
print(string.hexdigits)
print(string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.ascii_letters), len(string.punctuation), len(string.printable), len(string.whitespace))
print('a' in string.ascii_lowercase, 'A' in string.ascii_lowercase, '_' in string.punctuation)
text = 'Hello, World! 123'
print(''.join(c for c in text if c not in string.punctuation))
print(sum(c in string.digits for c in text), [c for c in text if c in string.ascii_uppercase])
table = {c: string.ascii_lowercase[(i + 13) % 26] for i, c in enumerate(string.ascii_lowercase)}
print(''.join(table.get(c, c) for c in 'hello world'))
print(all(c in string.printable for c in text), string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
