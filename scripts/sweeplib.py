"""What the sweep commands (./jitsweep, ./tilesweep) share: running points, locally or on SLURM.

A point is a dict with an "id" and a "command" (see run_point). LocalExecutor runs points in a
process pool on this machine with a progress bar; SlurmExecutor runs them as one SLURM job array,
each task running `python3 scripts/sweeplib.py --run-point --manifest M --index I`, the same
run_point the local executor calls, so the results are the same bytes whichever ran them. Both
return the failures, as lines, and keep every point that succeeded; a point is done when
OUT/points/ID.json exists, so running a sweep again runs only the others.
"""
import argparse
import io
import csv
import json
import os
import shlex
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

PROGRAM = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "sweep"


def fail(message):
    print(PROGRAM + ": " + message, file=sys.stderr)
    sys.exit(2)


def executor(kind, jobs, sbatch_args, name):
    return SlurmExecutor(jobs, sbatch_args, name) if kind == "slurm" else LocalExecutor(jobs)


LOCK = threading.Lock()
RUNNING = set()
INTERRUPTED = threading.Event()


def run_point(point, out):
    """
    Runs one point: its command (where "{result}" stands for the result file's temporary name; or,
    with "stdout_result", its standard output is the result) with stdout and stderr kept beside the
    result; the result is renamed into place only when the command succeeded, so a point is done
    exactly when OUT/points/ID.json exists.
    """
    path = os.path.join(out, "points", point["id"])
    result = path + ".json"
    temporary = path + ".json.part"
    command = [temporary if a == "{result}" else a.replace("={result}", "=" + temporary) for a in point["command"]]
    started = time.time()
    stdout_path = temporary if point.get("stdout_result") else path + ".out"
    with open(stdout_path, "w") as stdout, open(path + ".err", "w") as stderr:
        with LOCK:
            if INTERRUPTED.is_set():
                raise RuntimeError("point %s not run: interrupted" % point["id"])
            process = subprocess.Popen(command, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL, cwd=point.get("cwd"))
            RUNNING.add(process)
        status = process.wait()
        with LOCK:
            RUNNING.discard(process)
    if status != 0 or not os.path.isfile(temporary):
        with open(path + ".err") as f:
            tail = f.read().strip().splitlines()[-3:]
        raise RuntimeError("point %s failed (exit %d): %s" % (point["id"], status, " | ".join(tail)))
    os.replace(temporary, result)
    return time.time() - started


class SweepExecutor:
    """Runs a sweep's points: run(todo, out, progress) returns the failures, one line each."""

    def run(self, todo, out, progress):
        raise NotImplementedError


class LocalExecutor(SweepExecutor):
    """Runs the points in a process pool on this machine."""

    def __init__(self, jobs):
        self.jobs = jobs

    def run(self, todo, out, progress):
        failures = []
        pool = ThreadPoolExecutor(max_workers=self.jobs)
        try:
            futures = {pool.submit(run_point, p, out): p for p in todo}
            for future in as_completed(futures):
                p = futures[future]
                try:
                    future.result()
                except RuntimeError as e:
                    failures.append(str(e))
                progress.step(p["id"])
        except KeyboardInterrupt:
            # Stop the points under way (their results are not kept) and start no more.
            with LOCK:
                INTERRUPTED.set()
                running = list(RUNNING)
            pool.shutdown(wait=False, cancel_futures=True)
            for process in running:
                process.terminate()
            for process in running:
                process.wait()
            raise
        pool.shutdown()
        return failures


class SlurmExecutor(SweepExecutor):
    """
    Runs the points as one SLURM job array: a manifest of the points and a batch script in
    OUT/slurm/, each array task running this script's --run-point for its index (the same code the
    local executor runs), polled with squeue until the job is gone; a point is done when its
    .json is there. Ctrl-C cancels the job.
    """

    def __init__(self, jobs, sbatch_args, name="sweep"):
        self.jobs = jobs
        self.sbatch_args = sbatch_args
        self.name = name

    def run(self, todo, out, progress):
        for tool in ("sbatch", "squeue", "scancel"):
            if shutil.which(tool) is None:
                fail("--executor slurm: %s is not on PATH (is this a SLURM login node?)" % tool)
        folder = os.path.abspath(os.path.join(out, "slurm"))
        os.makedirs(folder, exist_ok=True)
        manifest = os.path.join(folder, "manifest.json")
        with open(manifest, "w") as f:
            json.dump({"out": os.path.abspath(out), "points": todo}, f, indent=1, sort_keys=True)
        script = os.path.join(folder, "array.sh")
        with open(script, "w") as f:
            f.write("#!/bin/bash\n")
            f.write("#SBATCH --job-name=%s\n" % self.name)
            f.write("#SBATCH --array=0-%d%%%d\n" % (len(todo) - 1, self.jobs))
            f.write("#SBATCH --output=%s/task-%%a.log\n" % folder)
            f.write("#SBATCH --cpus-per-task=1\n")
            f.write("cd %s\n" % shlex.quote(os.getcwd()))
            f.write("exec %s %s --run-point --manifest %s --index \"$SLURM_ARRAY_TASK_ID\"\n"
                    % (shlex.quote(sys.executable), shlex.quote(os.path.abspath(__file__)), shlex.quote(manifest)))
        submitted = subprocess.run(["sbatch", "--parsable"] + self.sbatch_args + [script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if submitted.returncode != 0:
            fail("sbatch refused the job: " + submitted.stderr.strip())
        job = submitted.stdout.strip().split(";")[0]
        print(PROGRAM + ": submitted job array %s (%d tasks) to SLURM" % (job, len(todo)), file=sys.stderr)
        seen = set()
        try:
            while True:
                for p in todo:
                    if p["id"] not in seen and os.path.isfile(os.path.join(out, "points", p["id"] + ".json")):
                        seen.add(p["id"])
                        progress.step(p["id"])
                queued = subprocess.run(["squeue", "-h", "-j", job, "-o", "%i"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                if queued.returncode == 0 and not queued.stdout.strip():
                    break
                time.sleep(0.5)
        except KeyboardInterrupt:
            subprocess.run(["scancel", job])
            print("\n" + PROGRAM + ": cancelled job %s" % job, file=sys.stderr)
            raise
        failures = []
        for p in todo:
            if p["id"] not in seen and os.path.isfile(os.path.join(out, "points", p["id"] + ".json")):
                seen.add(p["id"])
                progress.step(p["id"])
        for p in todo:
            if p["id"] not in seen:
                err = os.path.join(out, "points", p["id"] + ".err")
                tail = open(err).read().strip().splitlines()[-3:] if os.path.isfile(err) else ["no output: see %s/task-*.log" % folder]
                failures.append("point %s failed: %s" % (p["id"], " | ".join(tail)))
        return failures


def run_one(manifest, index):
    """An array task: runs point `index` of the manifest, as the local executor would."""
    with open(manifest) as f:
        m = json.load(f)
    try:
        run_point(m["points"][index], m["out"])
    except RuntimeError as e:
        print(PROGRAM + ": " + str(e), file=sys.stderr)
        return 1
    return 0


class Progress:
    def __init__(self, total, skipped):
        self.total = total
        self.done = skipped
        self.skipped = skipped
        self.started = time.time()
        self.tty = sys.stderr.isatty()
        self.lock = threading.Lock()
        self.show("")

    def show(self, last):
        width = 30
        filled = int(width * self.done / self.total) if self.total else width
        ran = self.done - self.skipped
        elapsed = time.time() - self.started
        eta = "" if ran == 0 else " eta %ds" % (elapsed / ran * (self.total - self.done))
        line = "[%s%s] %d/%d points%s%s" % ("#" * filled, "." * (width - filled), self.done, self.total,
                                           " (%d already done)" % self.skipped if self.skipped else "", eta)
        if self.tty:
            sys.stderr.write("\r" + line + "\033[K")
            if self.done == self.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(line + (" " + last if last else "") + "\n")
        sys.stderr.flush()

    def step(self, name):
        with self.lock:
            self.done += 1
            self.show(name)


def write_csv(path, header, rows):
    buffer = io.StringIO()
    w = csv.writer(buffer, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", newline="") as f:
        f.write(buffer.getvalue())


def main(argv):
    parser = argparse.ArgumentParser(prog="sweeplib.py --run-point")
    parser.add_argument("--run-point", action="store_true", required=True)
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--index", type=int, required=True)
    args = parser.parse_args(argv)
    return run_one(args.manifest, args.index)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
