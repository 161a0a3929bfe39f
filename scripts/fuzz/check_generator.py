#!/usr/bin/env python3
"""Checks genprog.py with CPython only (no Tessera, no build).

    python3 scripts/fuzz/check_generator.py [--seed 1] [--count 2000] [--jobs J] [--keep DIR]

Generates the programs twice (the files must be byte-identical), runs each program with python3
twice (PYTHONHASHSEED=1 and 2, timeout 5 s, cwd = the program's directory) and checks: every run
takes < 1 s; both runs give identical stdout, stderr and exit status; no "at 0x" in the output; no
SyntaxError; a run that exits 0 writes nothing to stderr (no SyntaxWarning); a program ends with an
uncaught exception exactly when it is marked "# expect: uncaught", and that rate is 2-10%; every
program has 30-150 lines; generation runs at >= 200 programs/s. Exit status 0 when all hold.
"""
import argparse
import collections
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENPROG = os.path.join(HERE, "genprog.py")


def gen_into(directory, seed, count):
    start = time.perf_counter()
    subprocess.run([sys.executable, GENPROG, "--seed", str(seed), "--count", str(count), "--out", directory],
                   check=True)
    return time.perf_counter() - start


def run(path, hashseed):
    env = dict(os.environ, PYTHONHASHSEED=str(hashseed))
    env.pop("PYTHONWARNINGS", None)
    start = time.perf_counter()
    try:
        p = subprocess.run([sys.executable, os.path.basename(path)], cwd=os.path.dirname(path), env=env,
                           capture_output=True, timeout=5, stdin=subprocess.DEVNULL)
        return p.stdout, p.stderr, p.returncode, time.perf_counter() - start
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", "timeout", time.perf_counter() - start


def last_line(b):
    lines = b.decode("utf-8", "replace").strip().split("\n")
    return lines[-1] if lines else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", help="generate into this directory instead of a temporary one")
    args = ap.parse_args()

    failures = []

    def fail(msg):
        failures.append(msg)

    with tempfile.TemporaryDirectory() as tmp:
        d1 = args.keep or os.path.join(tmp, "a")
        d2 = os.path.join(tmp, "b")
        t1 = gen_into(d1, args.seed, args.count)
        t2 = gen_into(d2, args.seed, args.count)
        rate = args.count / max(t1, t2)
        print(f"generation: {args.count} programs in {t1:.2f} s and {t2:.2f} s ({rate:.0f} programs/s)")
        if rate < 200:
            fail(f"generation too slow: {rate:.0f} programs/s")
        names = [f"p{args.seed}_{i:05d}.py" for i in range(args.count)]
        lengths = []
        for n in names:
            with open(os.path.join(d1, n), "rb") as f:
                a = f.read()
            with open(os.path.join(d2, n), "rb") as f:
                b = f.read()
            if a != b:
                fail(f"{n}: differs between two generations")
            lengths.append(a.count(b"\n"))
            if not 30 <= lengths[-1] <= 150:
                fail(f"{n}: {lengths[-1]} lines")
        print(f"lines per program: min {min(lengths)}, mean {sum(lengths) / len(lengths):.0f}, max {max(lengths)}")

        paths = [os.path.join(d1, n) for n in names]
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            r1 = list(pool.map(lambda p: run(p, 1), paths))
            r2 = list(pool.map(lambda p: run(p, 2), paths))
        print(f"runs: {2 * len(paths)} CPython runs in {time.perf_counter() - start:.1f} s")

        uncaught, errors, times = 0, collections.Counter(), []
        caught = collections.Counter()
        for n, p, a, b in zip(names, paths, r1, r2):
            out, err, status, secs = a
            times += [a[3], b[3]]
            with open(p, encoding="utf-8") as f:
                expect = f.read().rstrip().endswith("# expect: uncaught")
            if status == "timeout" or b[2] == "timeout":
                fail(f"{n}: timeout")
                continue
            if max(a[3], b[3]) >= 1.0:
                again = run(p, 1)[3]  # a busy machine: time it once more, alone
                print(f"{n}: took {max(a[3], b[3]):.2f} s in parallel, {again:.2f} s alone")
                if again >= 1.0:
                    fail(f"{n}: took {again:.2f} s")
            if a[:3] != b[:3]:
                fail(f"{n}: output depends on PYTHONHASHSEED")
            if b"at 0x" in out or b"at 0x" in err:
                fail(f"{n}: 'at 0x' in output")
            if b"SyntaxError" in err:
                fail(f"{n}: SyntaxError: {last_line(err)}")
            if status == 0 and err:
                fail(f"{n}: stderr although exit status 0: {last_line(err)}")
            if status != 0:
                uncaught += 1
                errors[last_line(err).split(":")[0]] += 1
                if not expect:
                    fail(f"{n}: unintended uncaught exception: {last_line(err)}")
            elif expect:
                fail(f"{n}: expected an uncaught exception")
            for line in out.decode("utf-8", "replace").split("\n"):
                for w in line.split(" ")[:3]:
                    if w.endswith(("Error", "Exception", "StopIteration")) and w.isidentifier():
                        caught[w] += 1
                        break
        times.sort()
        print(f"run time: median {times[len(times) // 2]:.3f} s, max {times[-1]:.3f} s")
        pct = 100.0 * uncaught / len(names)
        print(f"uncaught exceptions: {uncaught}/{len(names)} ({pct:.1f}%): "
              + ", ".join(f"{k} {v}" for k, v in errors.most_common()))
        print("caught exceptions printed: " + ", ".join(f"{k} {v}" for k, v in caught.most_common()))
        if not 2.0 <= pct <= 10.0:
            fail(f"uncaught rate {pct:.1f}% outside 2-10%")

    for m in failures[:40]:
        print("FAIL " + m)
    print(f"{'FAILED' if failures else 'OK'}: {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
