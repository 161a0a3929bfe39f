# Converting integers between bases by hand and checking against builtins.
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, base):
    if n == 0:
        return '0'
    sign = ''
    if n < 0:
        sign = '-'
        n = -n
    out = ''
    while n:
        n, r = divmod(n, base)
        out = DIGITS[r] + out
    return sign + out
def from_base(s, base):
    sign = 1
    if s.startswith('-'):
        sign = -1
        s = s[1:]
    n = 0
    for ch in s.lower():
        n = n * base + DIGITS.index(ch)
    return sign * n
nums = [0, 1, 7, 255, -255, 1000, 65535, 2**64, -(3**40), 123456789012345678901234567890]
for n in nums:
    row = []
    for b in (2, 8, 16, 36):
        s = to_base(n, b)
        assert from_base(s, b) == n
        assert int(s, b) == n
        row.append(s)
    print(n, row)
    assert to_base(n, 16) == hex(n).replace('0x', '')
    assert to_base(n, 2) == bin(n).replace('0b', '')
    assert to_base(n, 8) == oct(n).replace('0o', '')
print(from_base('zz', 36), from_base('-ff', 16), from_base('777', 8))
def to_balanced_ternary(n):
    out = ''
    while n:
        r = n % 3
        if r == 2:
            out = '-' + out
            n = n // 3 + 1
        elif r == 1:
            out = '+' + out
            n //= 3
        else:
            out = '0' + out
            n //= 3
    return out or '0'
for n in [0, 1, 2, 5, -5, 100, -100, 3**10]:
    print(n, to_balanced_ternary(n))
def to_fraction_digits(num, den, base, count):
    out = ''
    for _ in range(count):
        num *= base
        out += DIGITS[num // den]
        num %= den
    return out
print('1/3 in base 2:', '0.' + to_fraction_digits(1, 3, 2, 20))
print('1/7 in base 10:', '0.' + to_fraction_digits(1, 7, 10, 30))
print('1/10 in base 16:', '0.' + to_fraction_digits(1, 10, 16, 16))
