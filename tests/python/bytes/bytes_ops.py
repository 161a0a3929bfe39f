# bytes operations: indexing gives ints, slicing, len, +, *, in, comparison, iteration, hashing.
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[6:], b[::-1], b[::2], b[100:], b[-5:-1])
print(len(b), len(b''), b + b'!', b'ab' * 3, 2 * b'xy', b'' * 5)
print(b'world' in b, b'xyz' in b, 111 in b, 0 in b, b'' in b)
print(b'abc' < b'abd', b'abc' < b'ab', b'b' > b'abc', b'abc' == b'abc', b'a' != b'b')
print(sorted([b'pear', b'apple', b'Fig']), max(b'hello'), min(b'hello'), sum(b'abc'))
print([x for x in b'AZaz09'], list(b'hi'), tuple(b'\x00\xff'))
for i, byte in enumerate(b'ab'):
    print(i, byte, chr(byte))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'k' in {b'k', b'v'}, bytes(b'copy'))
try:
    b[0] = 72
except TypeError as e:
    print('TypeError:', e)
try:
    b + 'str'
except TypeError as e:
    print('TypeError:', e)
try:
    b[20]
except IndexError as e:
    print('IndexError:', e)
try:
    'a' in b
except TypeError as e:
    print('TypeError:', e)
try:
    256 in b
except ValueError as e:
    print('ValueError:', e)
