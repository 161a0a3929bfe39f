# hex, oct, bin of ints including negatives and big values.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2**32, -(2**32), 2**100, 12345678901234567890]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), oct(False), bin(True))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    bin('1')
except TypeError as e:
    print('TypeError:', e)
print(int(hex(-12345), 16), int(oct(-12345), 8), int(bin(-12345), 2))
print(len(bin(2**64 - 1)) - 2)
