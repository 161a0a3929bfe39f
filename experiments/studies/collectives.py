"""Software collectives (messages between tiles) vs collectives done in the routers."""
import os

from study import number

QUESTION = "how much faster are reduce, all-reduce and broadcast when the routers combine and fork the data?"

COLLECTIVES = [
    ("broadcast", ["tree", "ring", "recursive-doubling"]),
    ("reduce", ["tree", "ring", "rabenseifner"]),
    ("all-reduce", ["tree", "ring", "recursive-doubling", "rabenseifner"]),
]
SIZES = {"8B": 8, "1KiB": 1024, "64KiB": 65536}
LABELS = {"8B": "8 B", "1KiB": "1 KiB", "64KiB": "64 KiB"}


def machines(size):
    """(topology, k, [vector sizes]) for each machine of the study; k×k tiles."""
    if size == "small":
        return [("mesh", 4, ["8B"])]
    if size == "large":
        return [(t, k, list(SIZES)) for t in ("mesh", "torus") for k in (4, 8, 16, 32)]
    # 64 KiB only on 16 tiles, where it is quick to simulate flit by flit; 1024 tiles on the mesh only.
    return ([("mesh", 4, ["8B", "1KiB", "64KiB"])] + [("mesh", k, ["8B", "1KiB"]) for k in (8, 16, 32)]
            + [("torus", k, ["8B", "1KiB"]) for k in (4, 8, 16)])


def config_file(ctx, topology, k):
    folder = os.path.join(ctx.out, "configs")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "%s-%dx%d.yaml" % (topology, k, k))
    with open(path, "w") as f:
        f.write("name: %s-%dx%d\ntopology: {kind: %s, dimensions: [%d, %d]}\n" % (topology, k, k, topology, k, k))
    return path


def points(ctx):
    result = []
    for topology, k, sizes in machines(ctx.size):
        config = config_file(ctx, topology, k)
        for size in sizes:
            for collective, software in COLLECTIVES:
                for algorithm in software + ["in-network"]:
                    result.append({
                        "id": "%s-%d-%s-%s-%s" % (topology, k * k, size, collective, algorithm),
                        "command": ctx.tilesim(["--config", config, "--collective", collective, "--bytes", str(SIZES[size]),
                                                "--algorithm", algorithm]),
                        "stdout_result": True,
                        "topology": topology, "tiles": k * k, "size": size, "bytes": SIZES[size],
                        "collective": collective, "algorithm": algorithm,
                    })
    return result


def summarise(ctx, runs):
    cycles = {}
    for p, r in runs:
        cycles[(p["topology"], p["tiles"], p["size"], p["collective"], p["algorithm"])] = r["collective"]["cycles"]
    rows = []
    best = []
    for p, r in runs:
        key = (p["topology"], p["tiles"], p["size"], p["collective"])
        software = [cycles[key + (a,)] for a in dict(COLLECTIVES)[p["collective"]]]
        hw = cycles[key + ("in-network",)]
        c = r["collective"]["cycles"]
        rows.append([p["topology"], p["tiles"], p["tiles"].bit_length() - 1, p["size"], p["bytes"], p["collective"], p["algorithm"], c,
                     r["collective"]["messages"], number(c / hw)])
        if p["algorithm"] == "in-network":
            best_software = min(software)
            best_name = [a for a in dict(COLLECTIVES)[p["collective"]] if cycles[key + (a,)] == best_software][0]
            best.append([p["topology"], p["tiles"], p["size"], p["bytes"], p["collective"], best_name, best_software, hw,
                         number(best_software / hw)])
    ctx.csv("collectives.csv", ["topology", "tiles", "log2_tiles", "size", "bytes", "collective", "algorithm", "cycles", "messages",
                                "cycles_over_in_network"], rows)
    ctx.csv("collectives-speedup.csv", ["topology", "tiles", "size", "bytes", "collective", "best_software", "best_software_cycles",
                                        "in_network_cycles", "speedup"], best)

    # Figures: cycles against tiles for each algorithm of all-reduce (mesh, smallest and a larger vector),
    # and the speed-up of in-network over the best software algorithm.
    figures = []
    sizes_run = sorted({p["size"] for p, _ in runs}, key=lambda s: SIZES[s])
    for size in [s for s in ("8B", "1KiB") if s in sizes_run]:
        png = "collectives-allreduce-mesh-%s.png" % size
        ctx.plot("collectives.csv", png, "log2_tiles", "cycles", series="algorithm", ylog=True,
                 where={"topology": "mesh", "collective": "all-reduce", "size": size},
                 title="All-reduce of %s on a k×k mesh: cycles by algorithm" % LABELS[size],
                 xlabel="log2(tiles) of the k×k mesh (4 = 16 tiles, 6 = 64, 8 = 256, 10 = 1024)", ylabel="cycles to complete (cycles, log scale)")
        figures.append((png, "all-reduce, %s, mesh" % size))
    speed_rows = []
    for row in best:
        speed_rows.append([row[0] + " " + row[4], row[1].bit_length() - 1, row[2], row[8]])
    ctx.csv("collectives-speedup-plot.csv", ["series", "log2_tiles", "size", "speedup"], speed_rows)
    for size in [s for s in ("8B", "1KiB") if s in sizes_run]:
        png = "collectives-speedup-%s.png" % size
        ctx.plot("collectives-speedup-plot.csv", png, "log2_tiles", "speedup", series="series", where={"size": size},
                 title="In-network speed-up over the best software algorithm, %s vectors" % LABELS[size],
                 xlabel="log2(tiles) of the k×k machine (4 = 16 tiles, 6 = 64, 8 = 256, 10 = 1024)", ylabel="speed-up (best software cycles / in-network cycles)")
        figures.append((png, "speed-up, %s" % size))

    def sp(topology, tiles, size, collective):
        for row in best:
            if row[0] == topology and row[1] == tiles and row[2] == size and row[4] == collective:
                return row
        return None

    lines = []
    for size in sizes_run:
        for collective, _ in COLLECTIVES:
            cells = []
            for topology in ("mesh", "torus"):
                for tiles in (16, 64, 256, 1024):
                    row = sp(topology, tiles, size, collective)
                    if row:
                        cells.append("%s %d: %s× (best software %s, %d vs %d cycles)" % (topology, tiles, row[8], row[5], row[6], row[7]))
            if cells:
                lines.append("- **%s, %s**: %s." % (collective, LABELS[size], "; ".join(cells)))
    speedups = [float(r[8]) for r in best]
    small = [float(r[8]) for r in best if r[2] == "8B"]
    big = [float(r[8]) for r in best if r[2] != "8B"]
    text = """# Collectives in the routers

**Question.** %s

**Set-up.** `./tilesim --collective NAME --bytes SIZE --algorithm ALG` on k×k meshes and tori with the
default network (one-cycle routers and links, 8-byte flits, 2 VCs × 4 flits, 64-byte packets; gem5
Garnet 2.0 / BookSim2 defaults, REFERENCES.md §2), every tile a rank, rank 0 the root; software
collectives with no software start-up and no combining cost (`collective.message_overhead_cycles: 0`,
`reduce_cycles_per_byte: 0`), so they are charged the network alone. Every software algorithm the model
has for the collective (binomial tree, pipelined ring/chain, recursive doubling, Rabenseifner; Thakur,
Rabenseifner & Gropp 2005) against `in-network`: each rank streams its vector into its router, routers on
the routes to the root add their inputs flit by flit (`collective.combine_cycles: 1`), broadcast forks
the stream in every router, all-reduce turns the sum round at the root's router (a combining plane as in
Blue Gene/L's collective network, Gara et al. 2005; on chip, Krishna & Peh, MICRO 2011). Tiles: %s;
vectors: %s. Configs: `configs/`. Data: `collectives.csv` (every run), `collectives-speedup.csv` (in-network vs the best
software algorithm of each case).

%s

**Finding.** In-network collectives beat the best software algorithm in %d of %d cases: %.1f× to %.1f×
(median %.1f×). With 8-byte vectors: %.1f× to %.1f×; there each software step costs a whole message
latency, and the algorithms with fewest steps (binomial tree, recursive doubling) come closest.%s

By case:

%s

**Limits.** The in-network plane is contention-free and as wide as a packet link (its wires and adders
are extra hardware, not counted); it is timed by formula (see `InNetwork`), not flit by flit, so it never
meets packet traffic. Software collectives run with zero software overhead, which flatters them: with a
start-up α of hundreds of cycles per message (MPI-like) the gap for small vectors grows by that much per
step. Only element-wise integer sums are modelled; routers have one adder per port at one flit per cycle.
""" % (QUESTION, ", ".join(sorted({"%s %d" % (p["topology"], p["tiles"]) for p, _ in runs}, key=lambda s: (s.split()[0], int(s.split()[1])))),
       ", ".join(LABELS[s] for s in sizes_run),
       "\n".join("![%s](%s)" % (caption, png) for png, caption in figures),
       sum(1 for x in speedups if x > 1), len(speedups), min(speedups), max(speedups), sorted(speedups)[len(speedups) // 2], min(small), max(small),
       (""" With 1 KiB and more: %.1f× to %.1f×; there serialising the vector (one flit per cycle)
dominates, the software algorithms pay it once per step or split the vector (ring, Rabenseifner), while
the routers pay it once in all.""" % (min(big), max(big))) if big else "", "\n".join(lines))
    ctx.finding(text)
