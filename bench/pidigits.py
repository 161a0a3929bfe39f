"""Digits of pi with an unbounded spigot: arbitrary-precision integer multiply, add, floor division."""
import harness


def pi_digits(count):
    """Yields the first count decimal digits of pi (Gibbons' streaming spigot, linear fractional transforms)."""
    q, r, t = 1, 0, 1
    k = 1
    produced = 0
    while produced < count:
        # compose with the next term k: (q, r, t) * (k, 4k+2, 2k+1)
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit == (4 * q + r) // t:
            yield digit
            produced += 1
            q, r = 10 * q, 10 * (r - digit * t)


def bench(n):
    digits = list(pi_digits(n))
    text = "".join(str(d) for d in digits)
    return "%s...%s sum=%d" % (text[:12], text[-12:], sum(digits))


harness.main(bench, 5000)
