"""Packet vs hybrid (packet + circuit) switching for the traffic real Python programs make."""
import os

from study import category_cycles, fail, number

QUESTION = "do circuits for repeated flows speed up the messages real Python programs send across the tile machine?"

# An 8×8 mesh whose routers have a three-stage pipeline (route, VC and switch allocation, each one
# cycle as BookSim2's defaults; REFERENCES.md §2), so a circuit's one-cycle bypass saves two
# cycles per router; buffers deep enough to stream at full rate.
BASE = "topology: {kind: mesh, dimensions: [8, 8]}\nnetwork: {router_latency: 3, buffer_depth: 8%s}\n"
VARIANTS = [
    # name, extra network keys, what it is
    ("packet", "", "packet switching"),
    ("never", ", switching: hybrid, circuit_threshold: 1000000", "hybrid with no circuit ever set up (measures packet latency)"),
    ("hybrid", ", switching: hybrid", "hybrid, default keys (threshold 4, window 1000, idle 5000, 4 lanes)"),
    ("hybrid-long", ", switching: hybrid, circuit_window_cycles: 20000, circuit_idle_cycles: 50000",
     "hybrid, program-scale window 20000 and idle time 50000"),
]
THRESHOLDS = [2, 8, 16]


def programs(ctx):
    halo = ctx.program("switching_halo")
    if ctx.size == "small":
        return [("float", ctx.bench("float"), ["1", "100"]), ("halo", halo, ["2", "16"])]
    return [("nqueens", ctx.bench("nqueens"), ["1", "6"]), ("float", ctx.bench("float"), ["1", "200"]),
            ("spectral_norm", ctx.bench("spectral_norm"), ["1", "30"]), ("halo", halo, ["3", "32"])]


def config(ctx, name, keys):
    folder = os.path.join(ctx.out, "configs")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name + ".yaml")
    with open(path, "w") as f:
        f.write("name: mesh-8x8-%s\n" % name + BASE % keys)
    return path


def points(ctx):
    result = []
    variants = list(VARIANTS)
    if ctx.size != "small":
        variants += [("threshold-%d" % t, ", switching: hybrid, circuit_threshold: %d, circuit_window_cycles: 20000, circuit_idle_cycles: 50000" % t,
                      "hybrid-long with threshold %d" % t) for t in THRESHOLDS]
    for program, path, args in programs(ctx):
        for name, keys, _ in variants:
            if name.startswith("threshold") and program != "halo":
                continue
            result.append({"id": "%s-%s" % (program, name), "program": program, "variant": name,
                           "command": ctx.tessera(["--tilemachine.Config=" + config(ctx, name, keys), "--tilemachine.Placement=round-robin"],
                                                  path, args)})
    if ctx.size != "small":
        for pattern in ("uniform", "neighbour"):
            for rate in ("0.05", "0.2"):
                for name in ("packet", "hybrid"):
                    keys = dict((v[0], v[1]) for v in VARIANTS)[name]
                    result.append({"id": "tilesim-%s-%s-%s" % (pattern, rate, name), "pattern": pattern, "rate": rate, "variant": name,
                                   "command": ctx.tilesim(["--config", config(ctx, name, keys), "--pattern", pattern, "--rate", rate,
                                                           "--cycles", "5000"]),
                                   "stdout_result": True})
    return result


def summarise(ctx, runs):
    by = {}
    for p, r in runs:
        by[(p.get("program") or p["pattern"] + "@" + p["rate"], p["variant"])] = r
    rows = []
    for p, r in runs:
        if "program" not in p:
            continue
        packet = by[(p["program"], "packet")]
        never = by[(p["program"], "never")]
        if never["total_cycles"] != packet["total_cycles"]:
            fail("switching: %s: hybrid without circuits took %d cycles, packet switching %d; they must agree"
                 % (p["program"], never["total_cycles"], packet["total_cycles"]))
        c = r.get("circuits")
        latency = (c or never["circuits"])["mean_latency"]
        rows.append([p["program"], p["variant"], r["messages"]["sent"], number(c["circuit_share"]) if c else "0", number(latency),
                     category_cycles(r, "remote_access"), r["total_cycles"], number(packet["total_cycles"] / r["total_cycles"]),
                     c["setups"] if c else 0, c["failed"] if c else 0, c["teardowns"] if c else 0,
                     number(c["mean_setup_cycles"]) if c else "0"])
    header = ["program", "variant", "messages", "circuit_share", "mean_message_latency", "remote_access_cycles", "total_cycles",
              "speedup_vs_packet", "setups", "failed_setups", "teardowns", "mean_setup_cycles"]
    ctx.csv("switching.csv", header, rows)
    main = [r for r in rows if r[1] in ("packet", "hybrid", "hybrid-long")]
    ctx.csv("switching-main.csv", header, main)
    ctx.plot("switching-main.csv", "switching-latency.png", "program", "mean_message_latency", series="variant", bar=True,
             title="Mean message latency, packet vs hybrid switching (8×8 mesh, 3-cycle routers)", xlabel="program",
             ylabel="mean message latency (cycles)")
    ctx.plot("switching-main.csv", "switching-share.png", "program", "circuit_share", series="variant", bar=True,
             title="Share of messages carried by circuits", xlabel="program", ylabel="messages on circuits (fraction)")
    ctx.plot("switching-main.csv", "switching-remote.png", "program", "remote_access_cycles", series="variant", bar=True,
             title="Remote-access cycles, packet vs hybrid switching", xlabel="program", ylabel="remote-access cycles (cycles)")

    def row(program, variant):
        for r in rows:
            if r[0] == program and r[1] == variant:
                return r
        return None

    synthetic = []
    for p, r in runs:
        if "pattern" in p:
            point = r["points"][0]
            c = point.get("circuits")
            synthetic.append([p["pattern"], p["rate"], p["variant"], number(point["latency"]["mean"]), number(c["circuit_share"]) if c else "0",
                              c["setups"] if c else 0, c["failed"] if c else 0])
    if synthetic:
        ctx.csv("switching-synthetic.csv", ["pattern", "rate", "variant", "mean_packet_latency", "circuit_share", "setups", "failed_setups"], synthetic)

    lines = []
    for program in [r[0] for r in rows if r[1] == "packet"]:
        pk, hy, lo = row(program, "packet"), row(program, "hybrid"), row(program, "hybrid-long")
        lines.append("| %s | %d | %s | %s | %s / %s / %s | %d / %d / %d | %d / %d / %d | %d / %d | %d / %d |"
                     % (program, pk[2], hy[3], lo[3], pk[4], hy[4], lo[4], pk[5], hy[5], lo[5], pk[6], hy[6], lo[6], hy[8], lo[8], hy[9], lo[9]))
    sweep = ["| %s | %s | %s | %s | %d | %d |" % (r[1], r[3], r[4], r[7], r[8], r[9]) for r in rows if r[0] == "halo" and (r[1].startswith("threshold") or r[1] == "hybrid-long")]
    syn = ["| %s | %s | %s | %s | %s | %d |" % (s[0], s[1], s[2], s[3], s[4], s[6]) for s in synthetic]
    speed = [float(r[7]) for r in rows if r[1] in ("hybrid", "hybrid-long")]
    shares = [category_cycles(r, "remote_access") / sum(c["cycles"] for c in r["categories"])
              for p, r in runs if p.get("variant") == "packet" and "program" in p]
    remote_range = "%.0f%% to %.0f%%" % (100 * min(shares), 100 * max(shares))
    cuts = []
    for r in rows:
        if r[1] in ("hybrid", "hybrid-long"):
            pk = row(r[0], "packet")
            cuts.append((float(r[4]) / float(pk[4]), r[0], pk[4], r[4], r[7]))
    cuts.sort()
    best_cut = cuts[0][1:]
    setups = [float(r[11]) for r in rows if r[8] > 0]
    setup_cycles = "%.0f to %.0f" % (min(setups), max(setups)) if setups else "—"
    few = [r[0] for r in rows if r[1] == "hybrid" and float(r[3]) < 0.05]
    rarely = ", ".join("`%s`" % f for f in few) if few else "no program"
    share = [float(r[3]) for r in rows if r[1] in ("hybrid", "hybrid-long")]
    text = """# Packet vs circuit switching for real programs

**Question.** %s

**Set-up.** Real Python programs run on the modelled tile machine (`./tessera --tilemachine`) with
`--tilemachine.Placement=round-robin`, so almost every object is on another tile than the code that uses
it and every access is a request and a response through the network. Machine: an 8×8 mesh whose routers
have a three-cycle pipeline (route computation, VC and switch allocation, one cycle each as in BookSim2's
defaults, REFERENCES.md §2), one-cycle links, 8-byte flits, 8-flit buffers. Variants: `packet`;
`hybrid` (`network.switching: hybrid` with the default keys: a flow of (source, destination) asks for a
circuit after 4 messages each within 1000 cycles of the last; 4 circuit lanes per link; circuits unused
for 5000 cycles torn down; one cycle per router on a circuit instead of three); `hybrid-long` (window
20000 and idle time 50000 cycles, closer to the pace of an interpreter, which sends a message every few
hundred to thousand cycles); and a hybrid run whose threshold is never reached, which times the program
exactly as packet switching does (checked) and gives the packet runs' mean message latency. A set-up is
a one-flit probe and a one-flit acknowledgement through the packet network (after Jerger, Peh & Lipasti,
NOCS 2008). Programs: %s (`halo` is `experiments/programs/switching_halo.py`, a `tiles.map` halo exchange).
Configs: `configs/`. Data: `switching.csv`%s.

![Mean message latency](switching-latency.png)
![Share on circuits](switching-share.png)
![Remote-access cycles](switching-remote.png)

**Finding.** Circuits carried %s to %s of the messages, and the programs ran %s× to %s× as fast as with
packet switching (total cycles, packet / hybrid). Per program (packet / hybrid / hybrid-long):

| program | messages | share on circuits (hybrid) | (hybrid-long) | mean message latency, cycles | remote-access cycles | total cycles | set-ups | failed set-ups |
|---|---|---|---|---|---|---|---|---|
%s

Remote access is %s of the packet runs' cycles (of all tiles' work), and that bounds the gain: the largest cut in mean
message latency (%s, %s to %s cycles) made that run only %s× faster. Sequential code visits an object
a few times and moves on, so most flows are short: a set-up costs a probe and an acknowledgement (two
packet latencies, about %s cycles here) and pays back only after several messages. With the default
window of 1000 cycles, %s reached the threshold rarely or never (interpreted code sends a message every
few hundred cycles or more); with the long window and idle time, circuits of flows that have moved on
hold their lanes longer, so more set-ups fail for want of a free lane.
%s%s
**Limits.** Circuit lanes are extra wires (a plane beside the packet network, one flit wide each), so
circuits never slow packets: an upper bound for a hybrid that shares links. Set-up reserves the whole
path when the probe arrives (not hop by hop) and tear-down is free. The router pipeline of three cycles
and the one-cycle bypass are assumptions (Garnet's default router is one cycle, where circuits would save
nothing per hop). Sizes are small (seconds of simulation per program).
""" % (QUESTION, ", ".join("`%s %s`" % (name, " ".join(args)) for name, _, args in programs(ctx)),
       ", `switching-synthetic.csv`" if synthetic else "",
       "%.0f%%" % (100 * min(share)), "%.0f%%" % (100 * max(share)), "%.2f" % min(speed), "%.2f" % max(speed), "\n".join(lines),
       remote_range, best_cut[0], best_cut[1], best_cut[2], best_cut[3], setup_cycles, rarely,
       ("\n**Threshold** (halo, window 20000, idle 50000):\n\n| variant | share on circuits | mean latency | speed-up | set-ups | failed |\n|---|---|---|---|---|---|\n"
        + "\n".join(sweep) + "\n") if sweep else "",
       ("\n**Synthetic traffic** (`./tilesim`, same machine, 8-flit packets, 5000 cycles per point):\n\n| pattern | load (flits/tile/cycle) | switching | mean packet latency | share on circuits | failed set-ups |\n|---|---|---|---|---|---|\n"
        + "\n".join(syn) + "\n") if syn else "")
    ctx.finding(text)
