#!/usr/bin/env python3
"""Measures the offload study's host: CPython 3.11 on this machine's CPU, in nanoseconds per model event.

For each benchmark, at its bench/smoke.tsv size: the best of REPEATS iterations under CPython
(python3, wall time of the benchmark function as bench/harness.py reports it), divided by the model
cycles the same iteration costs on one tile under the cpython-like table (./tessera --tilemachine,
one iteration; the summary's cycles less remote access, which is zero on one tile). The geometric
mean over the benchmarks, times the host clock, is the factor by which the host cost table
(machine-model/.../costs/host-cpython.yaml) scales cpython-like. The best iteration is taken
because the machine is shared: slower ones measure other processes.

Usage: experiments/studies/_offload_calibrate.py [REPEATS]
"""
import json
import math
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCHES = ["richards", "nbody", "float", "spectral_norm", "deltablue", "chaos"]


def smoke(bench):
    for line in open(os.path.join(ROOT, "bench", "smoke.tsv")):
        f = line.rstrip("\n").split("\t")
        if f[0] == bench:
            return f[1]


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    ratios = []
    for b in BENCHES:
        size = smoke(b)
        out = subprocess.run(["python3", os.path.join(ROOT, "bench", b + ".py"), str(repeats), size], capture_output=True, text=True).stdout
        best = min(float(l.split()[2]) for l in out.splitlines() if l.startswith("iteration"))
        with tempfile.NamedTemporaryFile(suffix=".json") as t:
            subprocess.run([os.path.join(ROOT, "tessera"), "--tilemachine", "--tilemachine.Tiles=1", "--tilemachine.Stats=" + t.name,
                            os.path.join(ROOT, "bench", b + ".py"), "1", size], capture_output=True, check=True)
            s = json.load(open(t.name))
        cycles = s["total_cycles"]
        events = s["events"]["total"]
        ns = best * 1e9
        ratios.append(ns / cycles)
        print("%-14s size %-5s CPython best %.4f s; model %d events, %d cpython-like cycles: %.3f ns/event, %.4f ns per cpython-like cycle"
              % (b, size, best, events, cycles, ns / events, ns / cycles))
    g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print("geomean: %.4f ns per cpython-like cycle" % g)


if __name__ == "__main__":
    main()
