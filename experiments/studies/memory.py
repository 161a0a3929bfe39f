"""Study 4: objects in local SRAM, on memory tiles behind software caches, or in off-chip DRAM."""
import study
from study import category_cycles, number

QUESTION = "slowdown as the working set grows: tiles' SRAM vs memory tiles with software caches vs off-chip DRAM"

# The memory systems: label (the plots' legend), options. The label is a CSV value: no commas.
SYSTEMS = {
    "sram": ("SRAM (overflow to neighbour tiles)", ["--tilemachine.Memory=sram"]),
    "spill-offchip": ("SRAM (overflow to DRAM)", ["--tilemachine.Memory=spill-offchip"]),
    "offchip": ("off-chip DRAM only", ["--tilemachine.Memory=offchip"]),
    "tiles-4k-lru": ("memory tiles + 4 KiB LRU cache", ["--tilemachine.Memory=memory-tiles", "--tilemachine.CacheBytes=4KiB", "--tilemachine.CachePolicy=lru"]),
    "tiles-16k-lru": ("memory tiles + 16 KiB LRU cache", ["--tilemachine.Memory=memory-tiles", "--tilemachine.CacheBytes=16KiB", "--tilemachine.CachePolicy=lru"]),
    "tiles-16k-fifo": ("memory tiles + 16 KiB FIFO cache", ["--tilemachine.Memory=memory-tiles", "--tilemachine.CacheBytes=16KiB", "--tilemachine.CachePolicy=fifo"]),
    "tiles-16k-random": ("memory tiles + 16 KiB random cache", ["--tilemachine.Memory=memory-tiles", "--tilemachine.CacheBytes=16KiB", "--tilemachine.CachePolicy=random"]),
}
# Objects in the working set (about 74 bytes each on the model: the CSV's working_set_bytes), from a
# sixth of one tile's 64 KiB of SRAM to nine times it.
SIZES = (128, 512, 1024, 2048, 8192)
ROUNDS = 4
BENCHES = ("richards", "deltablue")


def plan(ctx):
    """(sizes, systems under cpython-like costs, systems under compiled costs, benchmarks)."""
    if ctx.size == "small":
        return (256, 2048), ("sram", "offchip", "tiles-16k-lru"), (), ()
    if ctx.size == "large":
        return (64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768), tuple(SYSTEMS), ("sram", "offchip", "tiles-16k-lru"), BENCHES
    return SIZES, tuple(SYSTEMS), ("sram", "offchip", "tiles-16k-lru"), BENCHES[:1]


def points(ctx):
    sizes, systems, compiled, benches = plan(ctx)
    result = []
    for costs, names in (("cpython-like", systems), ("compiled", compiled)):
        for name in names:
            for n in sizes:
                options = ["--tilemachine.Costs=" + costs] + SYSTEMS[name][1]
                result.append({"id": "%s-%s-%d" % (costs, name, n), "kind": "working-set", "costs": costs, "system": name, "objects": n,
                               "command": ctx.tessera(options, ctx.program("memory_working_set"), [n, ROUNDS])})
    for bench in benches:
        for name in ("sram", "offchip", "tiles-16k-lru"):
            options = ["--tilemachine.Costs=cpython-like"] + SYSTEMS[name][1]
            result.append({"id": "bench-%s-%s" % (bench, name), "kind": "bench", "costs": "cpython-like", "system": name, "objects": 0,
                           "bench": bench, "command": ctx.tessera(options, ctx.bench(bench), ["1"] + study.smoke_size(bench))})
    return result


def accesses(r):
    return r["accesses"]["local"] + r["accesses"]["remote"]


def cache(r, key):
    c = r.get("memory", {}).get("cache")
    return c[key] if c else ""


def summarise(ctx, runs):
    base = {(p["costs"], p.get("bench"), p["objects"]): r["total_cycles"] for p, r in runs if p["system"] == "sram"}
    header = ["kind", "program", "costs", "system", "label", "objects", "working_set_bytes", "working_set_kib", "total_cycles", "accesses",
              "cycles_per_access", "remote_access_cycles", "remote_accesses", "slowdown_vs_sram", "hit_rate", "misses", "write_backs",
              "spills", "offchip_requests", "offchip_queue_cycles"]
    rows = []
    for p, r in runs:
        offchip = r.get("memory", {}).get("offchip")
        n = p["objects"]
        # The working set: the records' bytes as the model sizes them. The off-chip runs count every
        # object's bytes; the others share the program, so they take the same figure.
        bytes_ = working_set_bytes(runs, p)
        total = r["total_cycles"]
        rows.append([p["kind"], p.get("bench") or "memory_working_set", p["costs"], p["system"], SYSTEMS[p["system"]][0], n, bytes_,
                     number(bytes_ / 1024, 4), total, accesses(r), number(total / max(1, accesses(r)), 4), category_cycles(r, "remote_access"),
                     r["accesses"]["remote"], number(total / base[(p["costs"], p.get("bench"), n)], 4),
                     cache(r, "hit_rate"), cache(r, "misses"), cache(r, "write_backs"), r["objects"]["spills"],
                     offchip["requests"] if offchip else "", offchip["queue_cycles"] if offchip else ""])
    ctx.csv("memory.csv", header, rows)
    sizes, systems, compiled, benches = plan(ctx)
    ctx.plot("memory.csv", "memory-slowdown.png", "working_set_kib", "slowdown_vs_sram", series="label",
             where={"kind": "working-set", "costs": "cpython-like"}, xlog=True,
             title="Slowdown against tiles' SRAM as the working set grows (cpython-like interpreter costs)",
             xlabel="working set (KiB of objects, log scale; one tile has 64 KiB of SRAM)", ylabel="total cycles / SRAM's total cycles (×)")
    ctx.plot("memory.csv", "memory-cycles-per-access.png", "working_set_kib", "cycles_per_access", series="label",
             where={"kind": "working-set", "costs": "cpython-like"}, xlog=True,
             title="Cycles per object access, whole run (cpython-like interpreter costs)",
             xlabel="working set (KiB of objects, log scale)", ylabel="total cycles / object accesses (cycles)")
    if compiled:
        ctx.plot("memory.csv", "memory-slowdown-compiled.png", "working_set_kib", "slowdown_vs_sram", series="label",
                 where={"kind": "working-set", "costs": "compiled"}, xlog=True,
                 title="Slowdown against tiles' SRAM with compiled code (costs: compiled)",
                 xlabel="working set (KiB of objects, log scale; one tile has 64 KiB of SRAM)", ylabel="total cycles / SRAM's total cycles (×)")
    if any(s.startswith("tiles-") for s in systems):
        cached = [r for r in rows if r[header.index("hit_rate")] != ""]
        ctx.csv("memory-cache.csv", header, cached)
        ctx.plot("memory-cache.csv", "memory-hit-rate.png", "working_set_kib", "hit_rate", series="label",
                 where={"kind": "working-set", "costs": "cpython-like"}, xlog=True,
                 title="Software cache hit rate on the compute tile",
                 xlabel="working set (KiB of objects, log scale)", ylabel="hits / (hits + misses) (fraction)")
    ctx.finding(finding(ctx, header, rows, sizes, systems, compiled, benches))


def working_set_bytes(runs, point):
    if point["kind"] != "working-set":
        return 0
    for p, r in runs:
        if p["kind"] == "working-set" and p["objects"] == point["objects"] and "offchip" in r.get("memory", {}) and p["system"] == "offchip":
            return r["memory"]["offchip"]["object_bytes"]
    return point["objects"] * 74


def finding(ctx, header, rows, sizes, systems, compiled, benches):
    col = {h: i for i, h in enumerate(header)}

    def row(costs, system, n, kind="working-set", program="memory_working_set"):
        for r in rows:
            if r[col["kind"]] == kind and r[col["costs"]] == costs and r[col["system"]] == system and r[col["objects"]] == n \
                    and r[col["program"]] == program:
                return r
        return None

    def slow(costs, system, n):
        r = row(costs, system, n)
        return r[col["slowdown_vs_sram"]] if r else "—"

    small, big = sizes[0], sizes[-1]
    kib = {n: row("cpython-like", "sram", n)[col["working_set_kib"]] for n in sizes}
    lines = ["# Memory: tiles' SRAM, memory tiles with software caches, off-chip DRAM", "",
             "**Question.** A tile has 64 KiB of SRAM. When a Python program's objects outgrow it, where should they live:",
             "spilled to neighbouring tiles' SRAM, on dedicated *memory tiles* reached through a software cache on the compute tile",
             "(\"emulating large memories\", Hanlon 2014), or in off-chip DRAM behind controllers at the chip's edge? How much",
             "slower is each than SRAM as the working set grows?", "",
             "**Set-up.** mesh-8x8 (64 tiles of 64 KiB, 1 GHz, 1-cycle routers and links, 8-byte flits). The program",
             "(experiments/programs/memory_working_set.py) builds N records (instances with two integer fields, about 74 bytes each",
             "as the model sizes them) and makes %d passes over them in a scrambled fixed order, reading both fields and writing one" % ROUNDS,
             "field of every eighth record; it runs on tile 0. N = %s (%s KiB; one tile's SRAM is 64 KiB)." % (
                 ", ".join(str(n) for n in sizes), ", ".join(str(kib[n]) for n in sizes)),
             "Memory systems (`--tilemachine.Memory`, machine-model/PROGRAM.md): `sram` (objects on the allocating tile, a full tile",
             "collects and then spills to the nearest tile with room), `spill-offchip` (the overflow goes to DRAM instead), `offchip`",
             "(every object in DRAM), `memory-tiles` (every second tile, 32 in all, holds the objects interleaved by id; tile 0",
             "caches whole objects in a software cache of 4 or 16 KiB of its SRAM, LRU, FIFO or seeded-random eviction, write-back,",
             "4-cycle tag check on every access). DRAM: the `memory.offchip` defaults, four controllers at the middle of the sides,",
             "100 ns latency, 32 GB/s each (one HBM2 channel), 64-byte bursts. Costs: `cpython-like`%s." % (
                 " (and `compiled` for %s)" % ", ".join(compiled) if compiled else ""),
             "Sanity rows: %s." % ("%s at %s smoke size%s (bench/smoke.tsv), under sram, offchip and tiles-16k-lru" % (
                 ", ".join(benches), "its" if len(benches) == 1 else "their", "" if len(benches) == 1 else "s") if benches else "none at this size"), "",
             "![slowdown](memory-slowdown.png)", "", "![cycles per access](memory-cycles-per-access.png)", ""]
    if compiled:
        lines += ["![slowdown, compiled](memory-slowdown-compiled.png)", ""]
    if any(s.startswith("tiles-") for s in systems):
        lines += ["![hit rate](memory-hit-rate.png)", ""]
    lines += ["**Finding.**", ""]
    offs = [float(row("cpython-like", "offchip", n)[col["slowdown_vs_sram"]]) for n in sizes]
    if compiled:
        coffs = [float(row("compiled", "offchip", n)[col["slowdown_vs_sram"]]) for n in sizes]
        ctiles = [float(row("compiled", "tiles-16k-lru", n)[col["slowdown_vs_sram"]]) for n in sizes]
        lines.append("With an interpreter's costs the memory system hardly matters: off-chip DRAM is %s–%s× SRAM, memory tiles" % (
            number(min(offs), 3), number(max(offs), 3)))
        lines.append("with a software cache within %s%% of it. With compiled code it does: DRAM is %s–%s× SRAM, memory tiles with a" % (
            number(100 * (max(float(r[col["slowdown_vs_sram"]]) for r in rows if r[col["costs"]] == "cpython-like"
                               and r[col["system"]].startswith("tiles-") and r[col["kind"]] == "working-set") - 1), 2),
            number(min(coffs), 3), number(max(coffs), 3)))
        lines.append("16 KiB cache %s–%s×; both gaps narrow as the working set outgrows one tile, because SRAM then spills to" % (
            number(min(ctiles), 3), number(max(ctiles), 3)))
        lines.append("neighbouring tiles and pays remote accesses too.")
        lines.append("")
    lines.append("- **Off-chip DRAM** costs %s× SRAM's cycles at %s KiB and %s× at %s KiB with interpreter costs: every access is a" % (
        slow("cpython-like", "offchip", small), kib[small], slow("cpython-like", "offchip", big), kib[big]))
    r = row("cpython-like", "offchip", big)
    lines.append("  round trip of ~%s cycles to a controller (remote access is %s of %s cycles), but each access" % (
        number(r[col["remote_access_cycles"]] / max(1, r[col["remote_accesses"]]), 3), format(r[col["remote_access_cycles"]], ","),
        format(r[col["total_cycles"]], ",")))
    lines.append("  comes with hundreds of cycles of interpretation (SRAM: %s cycles per access over the whole run), which hide most of it." % (
        row("cpython-like", "sram", big)[col["cycles_per_access"]]))
    if compiled:
        lines.append("- **With compiled code** the same memory systems hurt more: off-chip DRAM is %s× SRAM at %s KiB and %s× at %s KiB;" % (
            slow("compiled", "offchip", small), kib[small], slow("compiled", "offchip", big), kib[big]))
        lines.append("  memory tiles with a 16 KiB LRU cache %s× and %s×." % (slow("compiled", "tiles-16k-lru", small), slow("compiled", "tiles-16k-lru", big)))
    if "tiles-16k-lru" in systems:
        fit = row("cpython-like", "tiles-16k-lru", small)
        far = row("cpython-like", "tiles-16k-lru", big)
        fits = "the working set fits the 16 KiB cache" if fit[col["working_set_bytes"]] <= 16384 else "the working set is a little over the cache"
        worst = max((row("cpython-like", "tiles-16k-lru", n) for n in sizes), key=lambda r: float(r[col["slowdown_vs_sram"]]))
        lines.append("- **Memory tiles + 16 KiB LRU cache**: %s× SRAM at %s KiB, where %s (hit rate %s)," % (
            fit[col["slowdown_vs_sram"]], kib[small], fits, number(float(fit[col["hit_rate"]]), 3)))
        lines.append("  at worst %s× (at %s KiB, hit rate %s)," % (worst[col["slowdown_vs_sram"]], worst[col["working_set_kib"]],
                                                               number(float(worst[col["hit_rate"]]), 3)))
        lines.append("  and %s× at %s KiB (hit rate %s: a pass through a working set larger than the cache evicts every record" % (
            far[col["slowdown_vs_sram"]], kib[big], number(float(far[col["hit_rate"]]), 3)))
        lines.append("  before its next visit, so only the re-uses within one visit hit: the second field, the write, the list itself).")
        lines.append("  SRAM itself slows down past 64 KiB (it spills to neighbours), so the ratio understates the cache's own cost: in")
        lines.append("  cycles per access it is %s against SRAM's %s at %s KiB, and %s against %s at %s KiB." % (
            fit[col["cycles_per_access"]], row("cpython-like", "sram", small)[col["cycles_per_access"]], kib[small],
            far[col["cycles_per_access"]], row("cpython-like", "sram", big)[col["cycles_per_access"]], kib[big]))
    if "tiles-16k-random" in systems and "tiles-16k-fifo" in systems:
        over = [n for n in sizes if row("cpython-like", "sram", n)[col["working_set_bytes"]] > 16384]
        if over:
            n = over[0]
            rates = [float(row("cpython-like", p, n)[col["hit_rate"]]) for p in ("tiles-16k-lru", "tiles-16k-fifo", "tiles-16k-random")]
            lines.append("- **Eviction policy** at %s KiB, the first size over the cache: hit rate LRU %s, FIFO %s, random %s. A cyclic" % (
                kib[n], *(number(r, 3) for r in rates)))
            if rates[2] > max(rates[:2]) + 0.01:
                lines.append("  pass is the textbook worst case of LRU and FIFO (each record is evicted just before it is needed again);")
                lines.append("  random eviction keeps some records across passes. Once the working set is several times the cache all three")
                lines.append("  meet at the within-visit re-use (%s at %s KiB), and the policy no longer matters." % (
                    number(float(row("cpython-like", "tiles-16k-random", big)[col["hit_rate"]]), 3), kib[big]))
            else:
                lines.append("  pass defeats all three alike.")
    if "tiles-4k-lru" in systems:
        lines.append("- **Cache size**: a 4 KiB cache is %s× SRAM at %s KiB and %s× at %s KiB." % (
            slow("cpython-like", "tiles-4k-lru", small), kib[small], slow("cpython-like", "tiles-4k-lru", big), kib[big]))
    over = [n for n in sizes if row("cpython-like", "sram", n)[col["spills"]] > 0]
    if over:
        n = over[0]
        lines.append("- **SRAM's own overflow**: from %s KiB the allocating tile is full and objects spill to neighbours (%s spilled at" % (
            kib[n], format(row("cpython-like", "sram", big)[col["spills"]], ",")))
        lines.append("  %s KiB) — remote SRAM, a few hops away, which is why SRAM's cycles per access rise too; spilling to DRAM" % kib[big])
        if "spill-offchip" in systems:
            lines.append("  instead costs %s× at %s KiB." % (slow("cpython-like", "spill-offchip", big), kib[big]))
        else:
            lines.append("  instead is not run at this size.")
    for bench in benches:
        cells = []
        for system in ("offchip", "tiles-16k-lru"):
            r = row("cpython-like", system, 0, kind="bench", program=bench)
            if r:
                cells.append("%s %s×" % (SYSTEMS[system][0], r[col["slowdown_vs_sram"]]))
        lines.append("- Sanity row, **%s** (smoke size): %s." % (bench, "; ".join(cells)))
    lines += ["", "**Limits.** One program on one tile: no contention at the DRAM controllers (their queueing is modelled but",
              "sequential code has one request in flight) and no coherence between caches (tasks would need it). Caches hold whole",
              "objects, not lines; the model's object sizes come from the language's allocation reports, and an access moves",
              "8 bytes. Objects are allocated in DRAM without a message, and on memory tiles with a round trip but not cached until",
              "first use; dirty lines left at exit are not written back. DRAM latency (100 ns) and bandwidth (32 GB/s per",
              "controller, one HBM2 channel: 128 bits at 2 Gbit/s per pin, JEDEC JESD235A) are public orders of magnitude",
              "[unverified figures from the standard's summary and secondary sources; machine-model/PROGRAM.md], not a",
              "measured part; the tag check's 4 cycles is a guess for a hashed lookup of a few instructions. Hanlon (2014) reports",
              "emulated large memories running sequential programs 2–3× slower than a conventional machine; the model's memory tiles",
              "come out cheaper, partly because its SRAM baseline spills too and its tag check is cheap: read them as optimistic.",
              "The program's cyclic passes are the hardest case for a cache; code with a hot subset would hit more often."]
    return "\n".join(lines)
