# & | ^ ~ on positive, negative and big ints.
vals = [0, 1, 5, -1, -5, 12, -12, 255]
for a in vals:
    print(a, ~a)
for a in [5, -5, 12, -12]:
    for b in [3, -3, 10, -10]:
        print(a, b, a & b, a | b, a ^ b)
big = 2**100 + 2**50 + 1
print(big & (2**64 - 1))
print(big | 1 << 70)
print(big ^ big)
print(~big)
print(-big & 0xFFFF)
print(-big | 0xFFFF)
print(-big ^ -1)
print((-2**70) & (2**80 - 1))
print(~0 & 0xFF)
print(0xF0 ^ 0xFF)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__)
print(type(True & 3).__name__)
x = 0b1100
x &= 0b1010
print(bin(x))
x |= 0b0001
print(bin(x))
x ^= 0b1111
print(bin(x))
