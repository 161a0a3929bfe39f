"""The benchmarks' shared driver: runs one benchmark N times in this process and reports each time.

Usage from a benchmark:  harness.main(bench, default_size)
Command line:            python3 bench/NAME.py [ITERATIONS [SIZE]]
Prints one "iteration I SECONDS" line per run, then "checksum VALUE" (which must be the same
under CPython and Tessera).
"""
import sys
import time


# bench/soak.py sets this to a list before importing the benchmarks: main() then registers each
# benchmark there instead of running it, so that one process can run them all, over and over.
collected = None


def main(bench, default_size):
    if collected is not None:
        collected.append((bench, default_size))
        return
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    size = int(sys.argv[2]) if len(sys.argv) > 2 else default_size
    checksum = None
    for i in range(iterations):
        start = time.perf_counter()
        checksum = bench(size)
        elapsed = time.perf_counter() - start
        print("iteration", i, "%.6f" % elapsed)
    print("checksum", checksum)
