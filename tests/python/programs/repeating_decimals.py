# Exact decimal expansions of fractions with repeating parts, via long division.
def expand(num, den):
    sign = '-' if (num < 0) != (den < 0) and num != 0 else ''
    num, den = abs(num), abs(den)
    whole, rem = divmod(num, den)
    digits = ''
    seen = {}
    while rem and rem not in seen:
        seen[rem] = len(digits)
        rem *= 10
        digits += str(rem // den)
        rem %= den
    if not digits:
        return sign + str(whole)
    if rem:
        start = seen[rem]
        return sign + str(whole) + '.' + digits[:start] + '(' + digits[start:] + ')'
    return sign + str(whole) + '.' + digits
cases = [(1, 2), (1, 3), (1, 6), (1, 7), (22, 7), (1, 8), (5, 1), (0, 5), (-1, 3), (1, -12),
         (355, 113), (1, 81), (1, 97), (123456, 1000), (10, 4)]
for n, d in cases:
    print('%d/%d = %s' % (n, d, expand(n, d)))
longest = max(range(2, 200), key=lambda d: len(expand(1, d)))
print(longest, expand(1, longest))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def reduce(n, d):
    g = gcd(n, d)
    return n // g, d // g
def add(f1, f2):
    return reduce(f1[0] * f2[1] + f2[0] * f1[1], f1[1] * f2[1])
h = (0, 1)
for k in range(1, 21):
    h = add(h, (1, k))
print('H(20) =', h[0], '/', h[1])
print(expand(h[0], h[1])[:40])
print(h[0] / h[1])
