"""Study 3: software vs hardware GC across per-tile SRAM and nursery sizes (issue 12).

Every point is one benchmark at its smoke size on a 2×2 mesh (experiments/configs/gc-*.yaml) whose
tiles have the given SRAM, with --tilemachine.GC=software|hardware and --tilemachine.Nursery set to
a fraction of that SRAM (0: no nursery, the whole tile is collected when full).
"""
import os
import re

import study
from study import ROOT, fail, number

QUESTION = "Software vs hardware GC with a per-tile nursery: how often, how long the pauses, and which nursery size is best per program and SRAM size?"

CONFIGS = os.path.join(ROOT, "experiments", "configs")
COSTS = os.path.join(ROOT, "machine-model", "src", "main", "resources", "org", "tessera", "machine", "costs", "cpython-like.yaml")
MODES = ("software", "hardware")

# nursery fractions are of the tile's SRAM; 0 is no nursery
SIZES = {
    "small": dict(programs=("json_bench",), sram_kib=(32,), fractions=(0, 0.25)),
    "default": dict(programs=("raytrace", "json_bench", "storage", "deltablue", "generators"), sram_kib=(32, 128, 512),
                    fractions=(0, 0.0625, 0.25, 0.5)),
    "large": dict(programs=("raytrace", "json_bench", "storage", "deltablue", "generators", "tokenizer", "go"),
                  sram_kib=(16, 32, 64, 128, 256, 512, 1024), fractions=(0, 0.03125, 0.0625, 0.125, 0.25, 0.5)),
}


def config(sram_kib):
    return os.path.join(CONFIGS, "gc-%s.yaml" % ("1mib" if sram_kib == 1024 else "%dkib" % sram_kib))


def sram_label(kib):
    return "1 MiB" if kib == 1024 else "%d KiB" % kib


def size_label(nbytes):
    if nbytes == 0:
        return "none"
    return "%d KiB" % (nbytes // 1024) if nbytes % 1024 == 0 else "%d B" % nbytes


def points(ctx):
    grid = SIZES[ctx.size]
    result = []
    for program in grid["programs"]:
        args = [1] + study.smoke_size(program)
        for kib in grid["sram_kib"]:
            for mode in MODES:
                for fraction in grid["fractions"]:
                    nursery = int(kib * 1024 * fraction)
                    options = ["--tilemachine.Config=" + config(kib), "--tilemachine.GC=" + mode, "--tilemachine.Nursery=%d" % nursery]
                    result.append({"id": "%s-%dk-%s-n%d" % (program, kib, mode, nursery), "command": ctx.tessera(options, ctx.bench(program), args),
                                   "program": program, "sram_kib": kib, "mode": mode, "fraction": fraction, "nursery": nursery})
    return result


def barrier_cycles():
    """write_barrier_cycles of the cost table the points use (cpython-like, the default)."""
    with open(COSTS) as f:
        m = re.search(r"^\s*write_barrier_cycles:\s*(\d+)", f.read(), re.M)
    if not m:
        fail("no write_barrier_cycles in %s" % COSTS)
    return int(m.group(1))


def measures(point, summary, barrier):
    gc = summary["gc"]
    nursery = gc.get("nursery")
    if (nursery is None) != (point["nursery"] == 0):
        fail("%s: a nursery in the summary must match --tilemachine.Nursery" % point["id"])
    total = summary["total_cycles"]
    minor = nursery["minor_collections"] if nursery else 0
    barriers = nursery["write_barriers"] if nursery else 0
    collector = gc["pause_cycles"] + gc["wait_cycles"] + barrier * barriers
    return {
        "total": total, "collections": gc["collections"], "minor": minor, "major": gc["collections"] - minor,
        "per_mcycle": 1e6 * gc["collections"] / total, "pause": gc["pause_cycles"],
        "minor_pause": nursery["minor_pause_cycles"] if nursery else 0, "major_pause": nursery["major_pause_cycles"] if nursery else gc["pause_cycles"],
        "wait": gc["wait_cycles"], "promoted": nursery["promoted_bytes"] if nursery else 0, "barriers": barriers, "collector": collector,
        "share": 100.0 * collector / total, "spills": summary["objects"]["spills"], "no_room": summary["objects"]["no_room"],
    }


def summarise(ctx, runs):
    grid = SIZES[ctx.size]
    barrier = barrier_cycles()
    m = {}
    for point, summary in runs:
        m[(point["program"], point["sram_kib"], point["mode"], point["fraction"])] = (point, measures(point, summary, barrier))

    def none(program, kib, mode):
        return m[(program, kib, mode, 0)][1]

    rows = []
    for (program, kib, mode, fraction), (point, r) in m.items():
        base = none(program, kib, mode)
        rows.append([program, kib, sram_label(kib), mode, point["nursery"], size_label(point["nursery"]), number(100 * fraction), r["total"],
                     number(100.0 * r["total"] / base["total"] - 100, 4), r["collections"], r["minor"], r["major"], number(r["per_mcycle"]), r["pause"],
                     r["minor_pause"], r["major_pause"], r["wait"], r["promoted"], r["barriers"], r["collector"], number(r["share"]), r["spills"],
                     r["no_room"], "%s %s" % (mode, sram_label(kib))])
    ctx.csv("gc.csv", ["program", "sram_kib", "sram", "gc", "nursery_bytes", "nursery", "nursery_percent_of_sram", "total_cycles",
                       "change_vs_no_nursery_percent", "collections", "minor_collections", "major_collections", "collections_per_mcycle",
                       "pause_cycles", "minor_pause_cycles", "major_pause_cycles", "wait_cycles", "promoted_bytes", "write_barriers",
                       "collector_cycles", "gc_share_percent", "spills", "no_room", "series"], rows)

    # the best nursery size per program, SRAM and mode (ties: the smaller), and what it saves over none
    # (negative: every nursery size is slower than none)
    best = {}
    best_rows = []
    for program in grid["programs"]:
        for kib in grid["sram_kib"]:
            for mode in MODES:
                options = [(m[(program, kib, mode, f)][1]["total"], f) for f in grid["fractions"] if f]
                total, fraction = min(options)
                base = none(program, kib, mode)["total"]
                best[(program, kib, mode)] = (fraction, total)
                best_rows.append([program, kib, mode, size_label(m[(program, kib, mode, fraction)][0]["nursery"]), number(100 * fraction), base, total,
                                  number(100.0 * (base - total) / base), "%s %s" % (mode, sram_label(kib))])
    ctx.csv("gc-best.csv", ["program", "sram_kib", "gc", "best_nursery", "best_nursery_percent_of_sram", "total_cycles_no_nursery",
                            "total_cycles_best", "saving_percent", "series"], best_rows)

    # hardware vs software, each with no nursery and with its best
    hw_rows = []
    for program in grid["programs"]:
        for kib in grid["sram_kib"]:
            sw0, hw0 = none(program, kib, "software")["total"], none(program, kib, "hardware")["total"]
            swb, hwb = best[(program, kib, "software")][1], best[(program, kib, "hardware")][1]
            hw_rows.append([program, kib, sw0, hw0, number(100.0 * (sw0 - hw0) / sw0), swb, hwb, number(100.0 * (swb - hwb) / swb)])
    ctx.csv("gc-hardware-vs-software.csv", ["program", "sram_kib", "software_no_nursery", "hardware_no_nursery", "hardware_saving_no_nursery_percent",
                                             "software_best", "hardware_best", "hardware_saving_best_percent"], hw_rows)

    for program in grid["programs"]:
        ctx.plot("gc.csv", "gc-total-%s.png" % program, "nursery_percent_of_sram", "change_vs_no_nursery_percent", series="series",
                 where={"program": program}, title="%s: total cycles vs nursery size" % program,
                 xlabel="nursery (% of the tile's SRAM; 0 = none)", ylabel="total cycles vs no nursery, same GC and SRAM (%)")
    for mode in MODES:
        ctx.plot("gc.csv", "gc-share-%s.png" % mode, "sram_kib", "gc_share_percent", series="program", xlog=len(grid["sram_kib"]) > 1,
                 where={"gc": mode, "nursery_bytes": "0"}, title="%s GC without a nursery: collector share vs SRAM" % mode.capitalize(),
                 xlabel="SRAM per tile (KiB)", ylabel="pause + wait + barrier cycles (% of total)")
    ctx.plot("gc-best.csv", "gc-saving.png", "program", "saving_percent", series="series", bar=True,
             title="What the best nursery size saves over no nursery (negative: none is better)", xlabel="program",
             ylabel="total cycles saved vs no nursery (%)")

    ctx.finding(finding(ctx, grid, m, best, barrier))


def percent(value):
    """Two decimals, without a minus sign on a value that rounds to zero."""
    text = "%.2f" % value
    return "0.00" if text == "-0.00" else text


def finding(ctx, grid, m, best, barrier):
    programs = grid["programs"]
    srams = grid["sram_kib"]
    smallest, largest = srams[0], srams[-1]
    fractions = [f for f in grid["fractions"] if f]
    lines = []
    lines.append("# GC: software vs hardware collectors, and a per-tile nursery\n")
    lines.append("**Question.** " + QUESTION + "\n")
    lines.append("**Set-up.** Each point runs one benchmark once at its smoke size (bench/smoke.tsv) under `./tessera --tilemachine` on a 2×2 mesh "
                 "(mesh-8x8's network; experiments/configs/gc-*.yaml) whose tiles have %s of SRAM, with the cpython-like cost table, local "
                 "placement (the program's objects live on tile 0 and spill to its neighbours when it is full of live data), and "
                 "`--tilemachine.GC` software or hardware × `--tilemachine.Nursery` none or %s of the SRAM. Programs: %s (%d points). A nursery "
                 "takes its bytes from the tile's SRAM; a minor collection promotes (copies) the nursery's survivors and frees the rest, a major "
                 "one collects the whole tile when the old space is over its share (machine-model/PROGRAM.md, \"Nursery\"). *Collector "
                 "cycles* are pause + wait + write-barrier cycles (%d cycles per write with a nursery on); the GC share is their fraction of "
                 "the run's cycles; GC frequency is collections per million cycles.\n"
                 % (", ".join(sram_label(k) for k in srams), ", ".join("%g%%" % (100 * f) for f in fractions), ", ".join(programs),
                    len(programs) * len(srams) * len(MODES) * len(grid["fractions"]), barrier))
    for program in programs:
        lines.append("![%s: total cycles vs nursery size](gc-total-%s.png)\n" % (program, program))
    lines.append("![Collector share vs SRAM, software](gc-share-software.png)\n")
    lines.append("![Collector share vs SRAM, hardware](gc-share-hardware.png)\n")
    lines.append("![Saving of the best nursery size](gc-saving.png)\n")
    lines.append("Data: `gc.csv` (every point), `gc-best.csv` (the best nursery per program, SRAM and GC), `gc-hardware-vs-software.csv`.\n")

    lines.append("**Finding.**\n")
    lines.append("| program | SRAM | GC | collections/Mcycle (none) | collector share (none) | best nursery | its collections (minor+major) | collector share (best) | saving |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for program in programs:
        for kib in srams:
            for mode in MODES:
                r0 = m[(program, kib, mode, 0)][1]
                fraction, total = best[(program, kib, mode)]
                p, rb = m[(program, kib, mode, fraction)]
                lines.append("| %s | %s | %s | %.1f | %.2f%% | %s | %d+%d | %.2f%% | %.2f%% |" % (
                    program, sram_label(kib), mode, r0["per_mcycle"], r0["share"], size_label(p["nursery"]), rb["minor"], rb["major"],
                    rb["share"], 100.0 * (r0["total"] - total) / r0["total"]))
    lines.append("")
    cases = len(programs) * len(srams)

    def saving(p, k, mode):
        base = m[(p, k, mode, 0)][1]["total"]
        return 100.0 * (base - best[(p, k, mode)][1]) / base

    for mode in MODES:
        values = sorted(saving(p, k, mode) for p in programs for k in srams)
        helped = [(saving(p, k, mode), p, k) for p in programs for k in srams if saving(p, k, mode) > 0]
        text = "- **%s GC**: the best nursery size beats no nursery in %d of %d program × SRAM cases" % (mode.capitalize(), len(helped), cases)
        if helped:
            top = max(helped)
            text += ", by up to %.2f%% of all cycles (%s at %s)" % (top[0], top[1], sram_label(top[2]))
        text += "; across all cases its change runs from %+.2f%% to %+.2f%% (median %+.2f%%)." % (
            -values[-1], -values[0], -values[len(values) // 2])
        lines.append(text)
    worst = max((100.0 * m[(p, k, mode, f)][1]["total"] / m[(p, k, mode, 0)][1]["total"] - 100, p, k, mode, f)
                for p in programs for k in srams for mode in MODES for f in fractions)
    lines.append("- The worst nursery size costs %+.2f%% of all cycles (%s, %s, %s GC, nursery %g%% of the SRAM)."
                 % (worst[0], worst[1], sram_label(worst[2]), worst[3], 100 * worst[4]))
    minor_share = [(m[(p, k, "software", f)][1], p, k, f) for p in programs for k in srams for f in fractions]
    promoted = sum(r["promoted"] for r, _, _, _ in minor_share)
    lines.append("- Why: a minor collection is cheap only if little survives it. Over the software points with a nursery, %d minor and %d major "
                 "collections ran and %d KiB were promoted; against no nursery, major collections fell from %d to %d."
                 % (sum(r["minor"] for r, _, _, _ in minor_share), sum(r["major"] for r, _, _, _ in minor_share), promoted // 1024,
                    len(fractions) * sum(m[(p, k, "software", 0)][1]["major"] for p in programs for k in srams),
                    sum(r["major"] for r, _, _, _ in minor_share)))
    hw0 = [100.0 * (m[(p, k, "software", 0)][1]["total"] - m[(p, k, "hardware", 0)][1]["total"]) / m[(p, k, "software", 0)][1]["total"]
           for p in programs for k in srams]
    hwb = [100.0 * (best[(p, k, "software")][1] - best[(p, k, "hardware")][1]) / best[(p, k, "software")][1] for p in programs for k in srams]
    lines.append("- **Hardware vs software**: without a nursery the hardware collector saves %s%% to %s%% of all cycles; each with its best "
                 "nursery size, %s%% to %s%%." % tuple(percent(v) for v in (min(hw0), max(hw0), min(hwb), max(hwb))))
    shares = [(m[(p, smallest, mode, 0)][1]["share"], m[(p, largest, mode, 0)][1]["share"], p, mode) for mode in MODES for p in programs]
    for mode in MODES:
        lines.append("- %s GC without a nursery, collector share at %s → %s: %s." % (
            mode.capitalize(), sram_label(smallest), sram_label(largest),
            ", ".join("%s %.1f%% → %.1f%%" % (p, a, b) for a, b, p, md in shares if md == mode)))
    lines.append("")
    lines.append("**Limits.** One run per point at smoke sizes (seconds of Python, thousands of objects): the model is deterministic, so there is "
                 "no noise, but bigger inputs have bigger live sets. Only the allocations the instrument reports are objects with SRAM (class "
                 "instances and the containers it tracks), so absolute heap pressure is lower than in CPython. Liveness is the program's real "
                 "reachability, so the nursery's remembered set is ideal (no nepotism) and the minor collection's roots are exact; its cost "
                 "is charged per remembered object. The model keeps alive every object the running statement of each frame has allocated so far "
                 "(a real interpreter's value stack holds fewer), which makes more young objects survive a minor collection. Survivors "
                 "that the old space cannot hold after a major collection move to a neighbouring tile. The GC constants are calibrated guesses (REFERENCES.md §3 found no published per-object "
                 "costs): promotion 60 cycles per object + 0.5 per byte, a 2-cycle card-marking barrier (Hölzle 1993), the hardware unit 4.2× "
                 "faster at marking (Maas et al., ISCA 2018) but no faster at copying (not published). With hardware GC and a nursery, major "
                 "collections are waited for in full (the unit runs minor ones and not concurrent major ones), which favours no nursery when "
                 "the old space fills. The program runs sequentially on one tile: a parallel program would collect on every tile at once.")
    return "\n".join(lines)
