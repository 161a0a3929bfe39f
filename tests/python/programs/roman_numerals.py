# Roman numeral conversion both ways with validation.
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError('out of range: %d' % n)
    out = ''
    for value, sym in VALUES:
        while n >= value:
            out += sym
            n -= value
    return out
SYMBOLS = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
def from_roman(s):
    total = 0
    for i in range(len(s)):
        if s[i] not in SYMBOLS:
            raise ValueError('bad symbol %r in %r' % (s[i], s))
        v = SYMBOLS[s[i]]
        if i + 1 < len(s) and SYMBOLS.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError('non-canonical numeral %r (value %d is %s)' % (s, total, to_roman(total)))
    return total
for n in [1, 2, 3, 4, 5, 9, 14, 40, 44, 90, 99, 400, 444, 1666, 1987, 1994, 2024, 3888, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in [0, 4000, -1]:
    try:
        to_roman(bad)
    except ValueError as e:
        print('ValueError:', e)
for s in ['MMXXIV', 'IIII', 'IC', 'ABC', 'XLII', 'VX']:
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print('ValueError:', e)
ok = True
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        ok = False
print('round trip 1..3999:', ok)
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print(longest, to_roman(longest), len(to_roman(longest)))
