"""The benchmarks' shared driver: runs one benchmark N times in this process and reports each time.

Usage from a benchmark:  harness.main(bench, default_size)
Command line:            python3 bench/NAME.py [ITERATIONS [SIZE]]
Prints one "iteration I SECONDS" line per run, then "checksum VALUE" (which must be the same
under CPython and Tessera).
"""
import sys
import time


def main(bench, default_size):
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    size = int(sys.argv[2]) if len(sys.argv) > 2 else default_size
    checksum = None
    for i in range(iterations):
        start = time.perf_counter()
        checksum = bench(size)
        elapsed = time.perf_counter() - start
        print("iteration", i, "%.6f" % elapsed)
    print("checksum", checksum)
