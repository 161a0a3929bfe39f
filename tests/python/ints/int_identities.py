# Algebraic identities that must hold exactly for big ints.
nums = [0, 1, -1, 3, -7, 12345, -98765, 2**64 + 3, -(2**70) + 11, 10**30 + 7]
divs = [1, -1, 2, -3, 7, 2**33, -(10**12 + 39)]
ok = 0
for a in nums:
    for b in divs:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b
        assert q * b + r == a
        if b > 0:
            assert 0 <= r < b
        else:
            assert b < r <= 0
        ok += 1
print('divmod identities', ok)
for a in nums:
    assert ~a == -a - 1
    assert a ^ a == 0
    assert a & -1 == a
    assert a | 0 == a
    assert (a << 5) == a * 32
    assert (a >> 3) == a // 8
    print(a, ~a, a << 5, a >> 3, a & 0xFF)
g = 0
a, b = 2**100 + 12, 2**60 + 18
x, y = a, b
while y:
    x, y = y, x % y
print('gcd', x)
print(a * b // x)
