"""Fannkuch-redux: permutations in lists, slice reversal, swaps and counting loops."""
import harness


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation in the counting order used by the original benchmark.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def bench(n):
    checksum, flips = fannkuch(n)
    return "%d:%d" % (checksum, flips)


harness.main(bench, 9)
