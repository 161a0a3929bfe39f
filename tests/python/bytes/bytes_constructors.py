# bytes() constructors: from lists of ints, from a length, from str with encoding, from iterables.
print(bytes([65, 66, 67]), bytes([]), bytes([0, 255]), bytes((104, 105)))
print(bytes(3), bytes(0), len(bytes(10)))
print(bytes(range(97, 103)), bytes(x * 2 for x in range(3)), bytes(b'abc'))
print(bytes('abc', 'utf-8'), bytes('\u00e9', 'utf-8'), bytes(), bytes(b''))
print(bytes([ord(c) for c in 'hello']) == b'hello', list(bytes('hi', 'ascii')))
print(bytes.fromhex('48656c6c6f'), bytes.fromhex('de ad be ef'), bytes.fromhex(''))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('abc'), lambda: bytes(-1),
            lambda: bytes([1.5]), lambda: bytes.fromhex('abc'), lambda: bytes.fromhex('zz')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(bytes([1, 2]) + bytes(2) + bytes(b'\x03'), bytes(list(b'round trip')))
