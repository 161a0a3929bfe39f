"""The offload study's I/O-heavy program: a report printed line by line.

Usage: offload_io.py ROWS. Each row is a little arithmetic (a linear congruential generator and a
running mean) and one print of about 50 bytes, so the program makes ROWS system calls with little
work between them: the case coarse-grained offload pays most for.
"""
import sys


def report(rows):
    seed = 12345
    total = 0
    for i in range(rows):
        seed = (seed * 1103515245 + 12345) % 2147483648
        value = seed % 1000
        total += value
        print("row %6d value %4d running mean %10.3f" % (i, value, total / (i + 1)))
    return total


rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
print("checksum", report(rows))
