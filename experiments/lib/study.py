"""What the studies share: running their points, writing CSV, plots and the finding.

A study module (experiments/studies/NAME.py) defines
  QUESTION             one line: what the study asks
  points(ctx)          the runs, a list of dicts: "id" (a file name), "command" (argv; "{result}"
                       stands for the result file, see sweeplib.run_point) or "stdout_result": True
                       when the command prints its JSON result; any other keys are the study's own
  summarise(ctx, runs) runs: [(point, result)] in points order, result the parsed JSON; writes
                       CSVs with ctx.csv, plots with ctx.plot and the finding with ctx.finding
"""
import json
import os
import subprocess
import sys

from sweeplib import Progress, executor, fail, write_csv

HERE = os.path.dirname(os.path.abspath(__file__))
EXPERIMENTS = os.path.dirname(HERE)
ROOT = os.path.dirname(EXPERIMENTS)
TESSERA = os.path.join(ROOT, "tessera")
TILESIM = os.path.join(ROOT, "tilesim")
CHARTS = os.path.join(ROOT, "scripts", "charts")
BENCH = os.path.join(ROOT, "bench")


def smoke_size(bench):
    """The benchmark's small size from bench/smoke.tsv (its arguments after the file), as a list."""
    with open(os.path.join(BENCH, "smoke.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[0] == bench:
                return fields[1].split()
    fail("bench/smoke.tsv has no size for %s" % bench)


class Context:
    def __init__(self, name, module, out, size, jobs, executor_kind, sbatch):
        self.name = name
        self.module = module
        self.out = out
        self.size = size
        self.jobs = jobs
        self.executor_kind = executor_kind
        self.sbatch = sbatch
        self.written = []

    # ---- commands the points run ------------------------------------------------------------

    @staticmethod
    def tessera(options, program, args=()):
        """A ./tessera --tilemachine run whose summary JSON is the point's result."""
        return [TESSERA, "--tilemachine", "--tilemachine.Stats={result}"] + list(options) + [program] + [str(a) for a in args]

    @staticmethod
    def bench(name):
        return os.path.join(BENCH, name + ".py")

    @staticmethod
    def program(name):
        """A program of the experiments (experiments/programs/NAME.py)."""
        return os.path.join(EXPERIMENTS, "programs", name + ".py")

    @staticmethod
    def tilesim(options):
        return [TILESIM, "--json"] + list(options)

    # ---- running ------------------------------------------------------------------------------

    def run(self):
        points = self.module.points(self)
        ids = [p["id"] for p in points]
        if len(set(ids)) != len(ids):
            fail("%s: two points have the same id" % self.name)
        os.makedirs(os.path.join(self.out, "points"), exist_ok=True)
        self._prepare(points)
        todo = [p for p in points if not os.path.isfile(self._result(p))]
        print("experiments/run: %s — %s (%d points, %d to run)" % (self.name, self.module.QUESTION, len(points), len(todo)), file=sys.stderr)
        if todo:
            progress = Progress(len(points), len(points) - len(todo))
            failures = executor(self.executor_kind, self.jobs, self.sbatch, "tessera-" + self.name).run(todo, self.out, progress)
            if failures:
                for f in failures:
                    print("experiments/run: " + f, file=sys.stderr)
                print("experiments/run: %s: %d of %d points failed; the others are kept" % (self.name, len(failures), len(points)), file=sys.stderr)
                return False
        runs = []
        for p in points:
            with open(self._result(p)) as f:
                runs.append((p, json.load(f)))
        self.module.summarise(self, runs)
        print("experiments/run: %s: wrote %s in %s" % (self.name, ", ".join(self.written), self.out), file=sys.stderr)
        return True

    def _result(self, point):
        return os.path.join(self.out, "points", point["id"] + ".json")

    def _prepare(self, points):
        """Builds what the points run once, before they run in parallel."""
        tools = {p["command"][0] for p in points}
        for tool, check in ((TESSERA, [TESSERA, "-c", "pass"]), (TILESIM, [TILESIM, "--version"])):
            if tool in tools:
                done = subprocess.run(check, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if done.returncode != 0:
                    fail("%s does not run: %s" % (os.path.basename(tool), done.stderr.strip()[-2000:]))

    # ---- results --------------------------------------------------------------------------------

    def path(self, file):
        return os.path.join(self.out, file)

    def csv(self, file, header, rows):
        write_csv(self.path(file), header, rows)
        self.written.append(file)

    def plot(self, csv_file, png_file, x, y, **options):
        """scripts/charts plot: options names (legend names of the y columns), series, series-prefix (use **{"series-prefix": ..}), bar, title, xlabel, ylabel, xlog, ylog, where (dict)."""
        command = [CHARTS, "plot", self.path(csv_file), self.path(png_file), "--x", x, "--y", y if isinstance(y, str) else ",".join(y)]
        if options.get("names"):
            command += ["--names", ",".join(options["names"])]
        for key in ("series", "series-prefix", "title", "xlabel", "ylabel"):
            if options.get(key):
                command += ["--" + key, options[key]]
        for key in ("bar", "xlog", "ylog"):
            if options.get(key):
                command.append("--" + key)
        for column, value in (options.get("where") or {}).items():
            command += ["--where", "%s=%s" % (column, value)]
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            fail("plot %s: %s" % (png_file, done.stderr.strip()[-2000:]))
        self.written.append(png_file)

    def finding(self, text):
        """Writes OUT/NAME.md."""
        file = self.name + ".md"
        with open(self.path(file), "w") as f:
            f.write(text.rstrip() + "\n")
        self.written.append(file)


def number(value, digits=3):
    """A number for a CSV: integers as they are, floats rounded to `digits` significant digits."""
    if isinstance(value, int):
        return str(value)
    if value != value:
        return "nan"
    return "%.*g" % (digits, value)


def category_cycles(summary, key):
    """Cycles of one category (its key, e.g. name_resolution) in a tilemachine summary."""
    for c in summary["categories"]:
        if c["category"] == key:
            return c["cycles"]
    fail("no category %s in the summary" % key)
