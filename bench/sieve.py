"""Sieve of Eratosthenes over a list of booleans, repeated (after the Are-We-Fast-Yet Sieve micro benchmark)."""
import harness


def sieve(flags, size):
    prime_count = 0
    for i in range(2, size + 1):
        if flags[i - 1]:
            prime_count += 1
            k = i + i
            while k <= size:
                flags[k - 1] = False
                k += i
    return prime_count


def bench(n):
    total = 0
    for _ in range(n):
        flags = [True] * 5000
        count = sieve(flags, 5000)
        if count != 669:
            raise AssertionError("sieve: wrong prime count %d" % count)
        total += count
    return total


harness.main(bench, 1000)
