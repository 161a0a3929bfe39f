# math integer functions: gcd/lcm with several args, factorial, comb, perm, isqrt, prod.
import math

print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(0, 0), math.gcd(-12, 18))
print(math.gcd(12, 18, 24), math.gcd(100, 75, 50, 25), math.gcd(), math.gcd(7))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(123456789012345678901234567890, 987654321098765432109876543210))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6), math.lcm(2, 3, 4, 5, 6))
print([math.factorial(n) for n in range(11)])
print(math.factorial(25), len(str(math.factorial(100))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(10, 3))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 21]])
print(math.isqrt(2 ** 200 + 1) == 2 ** 100)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([2.5, 4]), math.prod([1, 2], start=10))
print(math.prod(x for x in [3, 3, 3]), math.prod([7]))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2),
            lambda: math.isqrt(-4), lambda: math.gcd(1.5, 2), lambda: math.perm(3, -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
