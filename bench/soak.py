"""The soak test's program: every benchmark, at its smoke size, over and over in one process.

Usage: tessera bench/soak.py SECONDS [NAME SIZE CHECKSUM]...   (bench/soak runs it with smoke.tsv's
sizes and checksums and watches the process's memory)
Each round runs every benchmark once, checks its checksum against smoke.tsv (CPython's) and prints
"round R ELAPSED_SECONDS"; the program stops after the first round that ends past SECONDS.
"""
import sys
import time

import harness

harness.collected = []
import fib as _fib  # noqa: E402,F401
import intloop as _intloop  # noqa: E402,F401
import strings as _strings  # noqa: E402,F401
import nbody as _nbody  # noqa: E402,F401
import fannkuch as _fannkuch  # noqa: E402,F401
import spectral_norm as _spectral_norm  # noqa: E402,F401
import richards as _richards  # noqa: E402,F401
import deltablue as _deltablue  # noqa: E402,F401
import nqueens as _nqueens  # noqa: E402,F401
import raytrace as _raytrace  # noqa: E402,F401
import chaos as _chaos  # noqa: E402,F401
import float as _float  # noqa: E402,F401
import go as _go  # noqa: E402,F401
import json_bench as _json_bench  # noqa: E402,F401
import tokenizer as _tokenizer  # noqa: E402,F401
import wordfreq as _wordfreq  # noqa: E402,F401
import generators as _generators  # noqa: E402,F401
import sorting as _sorting  # noqa: E402,F401
import pidigits as _pidigits  # noqa: E402,F401
import deque_bench as _deque_bench  # noqa: E402,F401
import sieve as _sieve  # noqa: E402,F401
import towers as _towers  # noqa: E402,F401
import bounce as _bounce  # noqa: E402,F401
import mandelbrot as _mandelbrot  # noqa: E402,F401
import permute as _permute  # noqa: E402,F401
import storage as _storage  # noqa: E402,F401
import list_bench as _list_bench  # noqa: E402,F401

NAMES = ['fib', 'intloop', 'strings', 'nbody', 'fannkuch', 'spectral_norm', 'richards', 'deltablue', 'nqueens', 'raytrace', 'chaos', 'float', 'go', 'json_bench', 'tokenizer', 'wordfreq', 'generators', 'sorting', 'pidigits', 'deque_bench', 'sieve', 'towers', 'bounce', 'mandelbrot', 'permute', 'storage', 'list_bench']


def expected_checksums():
    """NAME SIZE CHECKSUM triples after SECONDS on the command line (bench/soak passes smoke.tsv's)."""
    args = sys.argv[2:]
    return {args[i]: (int(args[i + 1]), args[i + 2]) for i in range(0, len(args), 3)}


def main():
    duration = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    expected = expected_checksums()
    benches = [(name, bench) for name, bench in zip(NAMES, harness.collected) if name in expected]
    start = time.perf_counter()
    rounds = 0
    while True:
        for name, (bench, default_size) in benches:
            size, checksum = expected[name]
            got = str(bench(size))
            if got != checksum:
                print("checksum mismatch in", name, "round", rounds, ":", got, "!=", checksum)
                sys.exit(1)
        rounds += 1
        elapsed = time.perf_counter() - start
        print("round", rounds, "%.1f" % elapsed, flush=True)
        if elapsed > duration:
            break


main()
