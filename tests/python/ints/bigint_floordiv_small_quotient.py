# Floor division of big ints whose quotient is small (the spigot case Tessera estimates from
# the top bits and corrects), at the edges of the estimate: remainders 0 and b-1, quotients
# around 2**30, divisors just above and below powers of two, and signs that take the other path.
state = 12345


def rand_bits(bits):
    global state
    value = 0
    for _ in range(bits // 31 + 1):
        state = (state * 1103515245 + 12345) % 2147483648
        value = (value << 31) | state
    return value >> (value.bit_length() - bits) if value.bit_length() > bits else value


checks = 0
digest = 0
for bits in (96, 97, 128, 200, 1000, 5000):
    for qbits in (1, 2, 10, 29, 30, 31, 40):
        for case in range(6):
            b = rand_bits(bits) | (1 << (bits - 1))
            if case == 4:
                b = (1 << bits) - 1
            elif case == 5:
                b = 1 << (bits - 1)
            q = rand_bits(qbits) | (1 << (qbits - 1)) if qbits > 1 else 1
            r = (0, b - 1, rand_bits(bits - 1), 1, b // 2, b - 2)[case]
            a = q * b + r
            for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (a - 1, b), (a + 1, b)):
                got = x // y
                assert got * y + x % y == x, (x, y)
                assert 0 <= (x - got * y) * (1 if y > 0 else -1) < abs(y), (x, y)
                digest = (digest * 31 + got % 1000003) % 1000000007
                checks += 1
print(checks, digest)
print((3 * 10 ** 200 + 7) // (10 ** 200 + 1), (10 ** 300) // (10 ** 300 - 1), (10 ** 300 - 1) // (10 ** 300))
print(((1 << 4000) * 12345 + (1 << 3999)) // (1 << 4000), ((1 << 4000) * (2 ** 29 - 1)) // ((1 << 4000) - 1))
