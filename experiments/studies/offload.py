"""Study 5: a host joined to the tile machine by a PCIe-like link — fine- vs coarse-grained offload.

Every point is one ./tessera --tilemachine run with --tilemachine.Offload (machine-model/PROGRAM.md,
"Host and accelerator"). The device runs compiled code (--tilemachine.Costs=compiled); two hosts run
CPython: a server core (the defaults, measured) and a small in-order core like a tile's.
"""
import math

from study import number

QUESTION = "Above which link latency does offloading Python to the tile machine stop paying, fine- or coarse-grained?"

# The hosts: (name, options, description).
HOSTS = [
    ("server", [], "a server core running CPython (2.6 GHz × 4.8 cost-table cycles per cycle, measured)"),
    ("small", ["--tilemachine.HostClock=1000", "--tilemachine.HostSpeedup=1"],
     "a small in-order core, a tile's equal, running CPython (1 GHz × 1)"),
]
DEVICE = ["--tilemachine.Costs=compiled"]
LATENCIES_NS = {"small": [100, 10000], "default": [100, 500, 1000, 2000, 5000, 10000],
                "large": [100, 200, 500, 1000, 2000, 5000, 10000, 20000]}
BANDWIDTHS_GBS = {"small": [16], "default": [4, 16, 64], "large": [4, 8, 16, 32, 64]}
BASE_BANDWIDTH = 16
BASE_LATENCY = 1000
# (name, program path, arguments, what it is)
PROGRAMS = {
    "small": [("offload_io", "program", ["300"], "prints 300 lines of ~47 bytes")],
    "default": [
        ("fib", "bench", None, "recursive calls, no objects"),
        ("spectral_norm", "bench", None, "a small function called from loops"),
        ("raytrace", "bench", None, "objects and methods"),
        ("nbody", "bench", None, "loops in a few calls"),
        ("offload_io", "program", ["2000"], "prints 2,000 lines of ~47 bytes"),
    ],
}
PROGRAMS["large"] = PROGRAMS["default"]


def _program(ctx, kind, name, args):
    if kind == "bench":
        from study import smoke_size
        return ctx.bench(name), ["1"] + smoke_size(name)
    return ctx.program(name), args


def points(ctx):
    pts = []
    size = ctx.size
    for name, kind, args, _ in PROGRAMS[size]:
        path, argv = _program(ctx, kind, name, args)

        def add(pid, options, **keys):
            pts.append(dict(id=pid, command=ctx.tessera(["-u"] + DEVICE + options, path, argv), program=name, **keys))

        for host, host_options, _ in HOSTS:
            add("%s-host-%s" % (name, host), ["--tilemachine.Offload=host"] + host_options, style="host-only", host=host, latency=None, bandwidth=None)
        add("%s-device" % name, [], style="device-only", host="", latency=None, bandwidth=None)
        runs = set()
        for latency in LATENCIES_NS[size]:
            for style, hosts in (("fine", ["server", "small"] if size != "small" else ["small"]), ("coarse", ["small"])):
                for host in hosts:
                    runs.add((style, host, latency, BASE_BANDWIDTH))
        for bandwidth in BANDWIDTHS_GBS[size]:
            for style in ("fine", "coarse"):
                runs.add((style, "small", BASE_LATENCY if size != "small" else LATENCIES_NS[size][0], bandwidth))
        for style, host, latency, bandwidth in sorted(runs):
            host_options = dict((h, o) for h, o, _ in HOSTS)[host]
            add("%s-%s-%s-%dns-%dGBs" % (name, style, host, latency, bandwidth),
                ["--tilemachine.Offload=" + style, "--tilemachine.LinkLatency=%dns" % latency, "--tilemachine.LinkBandwidth=%dGB/s" % bandwidth] + host_options,
                style=style, host=host, latency=latency, bandwidth=bandwidth)
    return pts


def _row(point, result, reference):
    o = result.get("offload", {})
    to_device = o.get("to_device", {})
    to_host = o.get("to_host", {})
    micros = float(result["micros"])
    return [point["program"], point["style"], point["host"],
            "" if point["latency"] is None else point["latency"],
            "" if point["bandwidth"] is None else point["bandwidth"],
            number(micros, 6), number(float(o.get("host_micros", 0)), 6), number(float(o.get("device_micros", micros if not o else 0)), 6),
            number(float(o.get("wait_micros", 0)), 6),
            to_device.get("transfers", 0) + to_host.get("transfers", 0), to_device.get("bytes", 0), to_host.get("bytes", 0),
            number(float(to_device.get("busy_micros", 0)) + float(to_host.get("busy_micros", 0)), 4),
            o.get("functions_offloaded", 0), o.get("offloaded_calls", 0), o.get("objects_to_device", 0) + o.get("objects_to_host", 0),
            o.get("system_calls_forwarded", 0),
            "" if reference is None else number(reference / micros, 4)]


def _latency_label(ns):
    return ("%g µs" % (ns / 1000.0))


def summarise(ctx, runs):
    header = ["program", "style", "host", "latency_ns", "bandwidth_gbs", "micros", "host_micros", "device_micros", "wait_micros", "crossings",
              "bytes_to_device", "bytes_to_host", "link_busy_micros", "functions_offloaded", "offloaded_calls", "objects_moved",
              "system_calls_forwarded", "speedup_vs_host"]
    host_time = {}
    device_time = {}
    for p, r in runs:
        if p["style"] == "host-only":
            host_time[(p["program"], p["host"])] = float(r["micros"])
        elif p["style"] == "device-only":
            device_time[p["program"]] = float(r["micros"])
    rows = []
    for p, r in runs:
        reference = host_time.get((p["program"], p["host"])) if p["host"] else None
        rows.append(_row(p, r, reference))
    ctx.csv("offload.csv", header, rows)

    # The latency sweep at the base bandwidth: one plot per program, time vs latency, a series per style.
    lat = LATENCIES_NS[ctx.size]
    base_bw = BASE_BANDWIDTH
    plot_rows = []
    sweep = {}
    for p, r in runs:
        if p["style"] in ("fine", "coarse") and p["bandwidth"] == base_bw:
            sweep.setdefault((p["program"], p["style"], p["host"]), {})[p["latency"]] = (float(r["micros"]), r["offload"])
    programs = [name for name, _, _, _ in PROGRAMS[ctx.size]]
    # Series in an order that keeps each host's offload line beside its reference in distinct
    # colours (the chart colours series by order; coarse and device-only nearly coincide).
    order = [("device only (no I/O cost)", None), ("coarse offload (small host)", ("coarse", "small")),
             ("fine offload (server host)", ("fine", "server")), ("host only (server host)", "server"),
             ("fine offload (small host)", ("fine", "small")), ("host only (small host)", "small")]
    for prog in programs:
        for latency in lat:
            for label, key in order:
                if key is None:
                    value = device_time[prog]
                elif isinstance(key, str):
                    value = host_time[(prog, key)]
                elif (prog,) + key in sweep and latency in sweep[(prog,) + key]:
                    value = sweep[(prog,) + key][latency][0]
                else:
                    continue
                plot_rows.append([prog, latency / 1000.0, label, number(value, 6)])
    ctx.csv("offload-latency.csv", ["program", "latency_us", "series", "micros"], plot_rows)
    for prog in programs:
        ctx.plot("offload-latency.csv", "offload-%s.png" % prog, "latency_us", "micros", series="series", where={"program": prog}, xlog=True, ylog=True,
                 title="%s: run time vs host-link latency (%d GB/s)" % (prog, base_bw), xlabel="link latency per transfer (µs, log scale)",
                 ylabel="run time (µs, log scale)")

    # Break-even: the run time is linear in the latency (every crossing waits for one), so the
    # latency at which a style's time equals the host-only time follows from the sweep's ends.
    be_rows = []
    findings = []
    for (prog, style, host), by_latency in sorted(sweep.items()):
        ls = sorted(by_latency)
        reference = host_time[(prog, host)]
        paying = [l for l in ls if by_latency[l][0] < reference]
        lo, hi = ls[0], ls[-1]
        t_lo, t_hi = by_latency[lo][0], by_latency[hi][0]
        slope = (t_hi - t_lo) / ((hi - lo) / 1000.0) if hi > lo else 0.0
        if t_lo >= reference:
            breakeven = "never"
        elif slope <= 0:
            breakeven = "always"
        else:
            breakeven = number(lo / 1000.0 + (reference - t_lo) / slope, 3)
        crossings = by_latency[lo][1]["to_device"]["transfers"] + by_latency[lo][1]["to_host"]["transfers"]
        be_rows.append([prog, style, host, number(reference, 6), number(t_lo, 6), number(reference / t_lo, 4), crossings,
                        number(slope, 4), "" if not paying else number(max(paying) / 1000.0, 3), breakeven])
        findings.append((prog, style, host, reference, t_lo, crossings, slope, breakeven))
    ctx.csv("offload-breakeven.csv", ["program", "style", "host", "host_only_micros", "micros_at_lowest_latency", "speedup_at_lowest_latency",
                                       "crossings", "micros_per_us_of_latency", "highest_paying_latency_us", "breakeven_latency_us"], be_rows)

    # The bandwidth sweep at the base latency (small host).
    bw_rows = []
    for p, r in runs:
        if p["style"] in ("fine", "coarse") and p["host"] == "small" and p["latency"] == (BASE_LATENCY if ctx.size != "small" else lat[0]):
            bw_rows.append([p["program"], p["style"], p["bandwidth"], number(float(r["micros"]), 6)])
    bw_rows.sort(key=lambda row: (programs.index(row[0]), row[1], row[2]))
    ctx.csv("offload-bandwidth.csv", ["program", "style", "bandwidth_gbs", "micros"], bw_rows)

    ctx.finding(_finding(ctx, programs, host_time, device_time, findings, bw_rows, runs))


def _finding(ctx, programs, host_time, device_time, findings, bw_rows, runs):
    lat = LATENCIES_NS[ctx.size]
    by = {(f[0], f[1], f[2]): f for f in findings}
    lines = []
    lines.append("# Offload: a host and the tile machine, fine- vs coarse-grained")
    lines.append("")
    lines.append("**Question.** " + QUESTION)
    lines.append("")
    lines.append("**Set-up.** The tile machine (mesh-8x8, 1 GHz tiles) is the *device*; it runs compiled code "
                 "(`--tilemachine.Costs=compiled`). A *host* core is joined to it by a PCIe-like link, one transfer at a time "
                 "per direction, each taking latency + (24-byte header + payload) ÷ bandwidth (machine-model/PROGRAM.md, "
                 "\"Host and accelerator\"). Two hosts run the CPython-like interpreter: a **server** core (2.6 GHz, 4.8 cost-table "
                 "cycles per cycle — measured: CPython 3.11 on this project's AMD EPYC takes 0.080 ns per cpython-like cycle, "
                 "`experiments/studies/_offload_calibrate.py`) and a **small** in-order core equal to a tile (1 GHz × 1). "
                 "*Fine* offload runs the program on the host and ships each call of a function after its first 1,000 "
                 "(Truffle's single-tier compilation threshold) to the device; objects move to the side that touches them. "
                 "*Coarse* offload runs everything on the device and forwards each system call (print, time, …) to the host "
                 "with its bytes. References: the whole program on each host, and on the device with I/O for free. "
                 "The link latency was swept over %s at %d GB/s, and the bandwidth over %s GB/s at %s (small host). Programs "
                 "(`-u`, one iteration, bench/smoke.tsv sizes): %s."
                 % (", ".join(_latency_label(l) for l in lat), BASE_BANDWIDTH, ", ".join(str(b) for b in BANDWIDTHS_GBS[ctx.size]),
                    _latency_label(BASE_LATENCY if ctx.size != "small" else lat[0]),
                    "; ".join("%s (%s)" % (n, d) for n, _, _, d in PROGRAMS[ctx.size])))
    lines.append("")
    for prog in programs:
        lines.append("![%s: run time vs link latency](offload-%s.png)" % (prog, prog))
    lines.append("")
    lines.append("**Finding.** Per program, host-only and device-only time, and each style's speed-up over host-only at the "
                 "lowest latency (%s) and the latency at which it stops paying (the time is linear in latency, so this is "
                 "interpolated from the sweep, or extrapolated beyond its end; *never* = slower than the host even at the lowest latency):" % _latency_label(lat[0]))
    lines.append("")
    lines.append("| program | server host µs | small host µs | device µs | fine, server host | fine, small host | coarse vs small host | crossings (fine, small / coarse) |")
    lines.append("|---|---|---|---|---|---|---|---|")

    def cell(key):
        f = by.get(key)
        if not f:
            return "—"
        _, _, _, ref, t_lo, _, _, be = f
        stop = "never pays" if be == "never" else ("pays up to %s µs" % _plain(float(be)) if be != "always" else "always pays")
        return "%.2f×, %s" % (ref / t_lo, stop)

    for prog in programs:
        fs = by.get((prog, "fine", "small"))
        cs = by.get((prog, "coarse", "small"))
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s / %s |" % (
            prog, "{:,.1f}".format(host_time[(prog, "server")]), "{:,.1f}".format(host_time[(prog, "small")]), "{:,.1f}".format(device_time[prog]),
            cell((prog, "fine", "server")), cell((prog, "fine", "small")), cell((prog, "coarse", "small")),
            "{:,}".format(fs[5]) if fs else "—", "{:,}".format(cs[5]) if cs else "—"))
    lines.append("")
    server_faster = [host_time[(p, "small")] / host_time[(p, "server")] for p in programs]
    device_vs_server = [device_time[p] / host_time[(p, "server")] for p in programs]
    device_vs_small = [host_time[(p, "small")] / device_time[p] for p in programs]
    lines.append("The server host runs CPython %.1f× faster than the small one (geometric mean). The device running compiled "
                 "code takes %.2f× the server host's time (%s) but is %.1f× faster than the small host. So against a server "
                 "host no style pays at any latency: fine offload only adds crossings to calls it moves to a slower place, "
                 "and coarse offload is slower than the host before its first system call. Against the small host the "
                 "device is faster and the link decides: coarse offload pays until its system calls' round trips (two "
                 "latencies each) eat what the device saves; fine offload pays only where an offloaded call carries enough "
                 "work to cover its two crossings and the objects that follow it."
                 % (_geomean(server_faster), _geomean(device_vs_server), ", ".join("%s %.2f×" % (p, v) for p, v in zip(programs, device_vs_server)),
                    _geomean(device_vs_small)))
    coarse = [f for f in findings if f[1] == "coarse" and f[7] not in ("never", "always")]
    if coarse:
        io = min(coarse, key=lambda f: float(f[7]))
        lines.append("")
        lines.append("What sets coarse offload's break-even is the work per system call: the benchmarks make %s system calls "
                     "(the harness's clock reads and prints), so they tolerate latencies of %s µs and more, while %s, with "
                     "%s system calls, stops paying at %s µs — about the latency of PCIe itself (0.5 µs). On a coarse "
                     "device every print of a chatty program costs two link latencies. In the figures the coarse line lies on "
                     "the device-only line wherever system calls are few."
                     % ("/".join(sorted({"{:,}".format(f[5] // 2) for f in coarse if f[0] != io[0]})) or "few",
                        _plain(min(float(f[7]) for f in coarse if f[0] != io[0])) if len(coarse) > 1 else "—",
                        io[0], "{:,}".format(io[5] // 2), _plain(float(io[7]))))
    fine = [f for f in findings if f[1] == "fine" and f[2] == "small" and f[5] > 0]
    if fine:
        lines.append("")
        lines.append("Fine offload's break-even is set by work per offloaded call: %s."
                     % "; ".join("%s: %s crossings, %s" % (f[0], "{:,}".format(f[5]), "never pays" if f[7] == "never" else "pays up to %s µs" % _plain(float(f[7])))
                                 for f in fine))
    if bw_rows:
        spread = {}
        for prog, style, bw, micros in bw_rows:
            spread.setdefault((prog, style), []).append(float(micros))
        worst = max(spread.items(), key=lambda kv: max(kv[1]) / min(kv[1]))
        lines.append("")
        lines.append("Bandwidth matters little at these payloads: from %s to %s GB/s the largest change is %.1f%% (%s, %s); "
                     "transfers are tens of bytes, so latency, not bandwidth, sets their cost (offload-bandwidth.csv)."
                     % (BANDWIDTHS_GBS[ctx.size][0], BANDWIDTHS_GBS[ctx.size][-1], 100 * (max(worst[1]) / min(worst[1]) - 1), worst[0][0], worst[0][1]))
    lines.append("")
    lines.append("All numbers: offload.csv (every run), offload-breakeven.csv (per program and style), offload-latency.csv "
                 "(the figures' data), offload-bandwidth.csv.")
    lines.append("")
    lines.append("**Limits.** The program is sequential, so one transfer is in flight at a time and the link's queue never "
                 "delays anything; with asynchronous output or prefetching it would. The host's speed is one factor measured "
                 "on six benchmarks (their spread is 0.05–0.12 ns per cost-table cycle, so a program's host time is good to "
                 "about ±40%); its memory has no collector or caches modelled; code is on both sides from the start "
                 "(no code shipping); an object crossing moves whole (no partial or cached copies, no coherence protocol); "
                 "module globals and constants are on both sides. Fine offload counts calls only, not loop iterations, so a "
                 "program whose hot code is a loop in a few calls (nbody) is never offloaded. The PCIe figures are public "
                 "round numbers (Gen4 ×16: 31.5 GB/s each way; round trips of about 1 µs, Neugebauer et al., SIGCOMM 2018), "
                 "not a measured card; the system-call list is the language's output, input, file and time built-ins.")
    return "\n".join(lines)


def _plain(value):
    """A positive number for people: three significant digits, no exponent."""
    if value >= 100:
        return "{:,.0f}".format(float("%.3g" % value))
    return "%.3g" % value


def _geomean(values):
    values = [v for v in values if v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")
