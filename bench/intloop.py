"""Integer loops: while and for-range loops over modular arithmetic."""
import harness


def collatz_steps(limit):
    total = 0
    for start in range(1, limit):
        n = start
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            total += 1
    return total


def mix(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc * 31 + i) % 1000003
        i += 1
    return acc


def bench(size):
    return collatz_steps(size) + mix(size * 20)


harness.main(bench, 30000)
