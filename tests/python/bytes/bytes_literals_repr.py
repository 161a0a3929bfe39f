# bytes literals and their repr: escapes, quotes, raw bytes, non-printable and high bytes.
print(b'abc', b"double", b'', b'it\'s', b"say \"hi\"", b'both \' and "')
print(b'\x00\x01\x7f\x80\xff', b'\n\t\r', b'\\', b'\x41\x42', b'\101')
print(rb'raw\n', br'\x00', len(rb'\n'), len(b'\n'))
print(repr(b'abc'), str(b'abc'), [b'x', b'y'])
print(b'tab\there', b'\x1b[0m', b'\x0b\x0c', b'~ \x7f')
print(b'abc' b'def', b'multi'
      b'line')
print(type(b'').__name__, b'a' == b'a', b'a' == 'a', b'A' == b'\x41')
print(bytes(range(32)))
print(bytes(range(120, 140)))
print(bytes(range(250, 256)))
print(b"'", b'"', b'\'"', repr(b"'"))
print(f'{b"fmt"}', '%s|%r' % (b'a', b'b'), '{}'.format(b'c'))
