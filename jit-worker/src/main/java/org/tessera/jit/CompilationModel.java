package org.tessera.jit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntSupplier;

import org.tessera.machine.program.CostTable;
import org.tessera.machine.program.JitHost;
import org.tessera.machine.program.JitModel;
import org.tessera.machine.stats.Decimals;
import org.tessera.machine.stats.JsonReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JIT compilation on spare tiles, as Truffle does it, on the modelled machine.
 *
 * <p><b>Hotness.</b> Each function counts its calls and loop back-edges (Truffle's call-and-loop
 * count). With two tiers, reaching the first-tier threshold queues a first-tier compilation, and
 * reaching the threshold a last-tier one; with one tier, the threshold queues a last-tier one.
 *
 * <p><b>Compilation.</b> Each of the N JIT tiles ({@link TilePlacement}) takes the next request
 * by the {@link QueuePolicy} when it is free, the free tile nearest the requesting tile first. A
 * compilation's size is the function's AST nodes when it starts, plus, for the last tier, the nodes
 * of the callees it inlines: those it was seen calling, most called first, breadth first, within
 * the inlining budget (the first tier does not inline, as Truffle's does not). Its time is
 * {@link CompileCost}'s. With no JIT tiles the tile that reaches the threshold compiles there and
 * then, and waits ({@code --engine.BackgroundCompilation=false}).
 *
 * <p><b>Code.</b> Done, the code goes as a message from the JIT tile to every tile that has run
 * the function (and later to any tile that runs it for the first time); a tile runs its code from
 * the cycle the message arrives, interpreted before.
 *
 * <p><b>Deoptimisation.</b> A site of a function meeting a type it has not met invalidates the
 * function's compiled code everywhere (and any compilation of it queued or under way): it runs
 * interpreted again, its hotness starts from zero, and it is compiled again when hot. A function
 * invalidated {@value #MAX_INVALIDATIONS} times is not compiled again (Truffle's
 * {@code MaximumCompilations}).
 *
 * <p>Everything is a pure function of the events: no clocks, no hash order.
 */
public final class CompilationModel implements JitModel {
    /** Compilations of one function after which it stays interpreted. */
    static final int MAX_INVALIDATIONS = 100;
    /** Progress samples kept at most (halved, and the step doubled, when exceeded). */
    static final int MAX_SAMPLES = 4096;
    private static final long NEVER = Long.MAX_VALUE;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JitOptions options;
    private final CompileCost cost;
    private final int topTier;
    private final int firstThreshold;
    private JitHost host;

    private int[] jitTiles;
    private long[] freeAt;
    private long[] tileBusy;
    private int[] tileCompilations;

    private final List<Fn> functions = new ArrayList<>();
    private final List<Request> queue = new ArrayList<>();
    private long nextDispatch = NEVER;
    private long sequence;

    // what happened
    private final List<Compilation> compilations = new ArrayList<>();
    private final List<long[]> queueSamples = new ArrayList<>();
    private int longestQueue;
    private long deopts;
    private long cancelled;
    private long codeMessages;
    private long codeBytes;
    private long blockedCycles;
    /** Every cycle code arrived at a tile (or will: a compilation may end after the program). */
    private final List<Long> arrivals = new ArrayList<>();

    // progress: work (calls plus back-edges) and iterations over cycles
    private long work;
    private long sampleStep;
    private long nextSample;
    private final List<long[]> samples = new ArrayList<>();
    private final List<Long> iterationEnds = new ArrayList<>();
    private long endCycle = -1;

    /** A function as the JIT sees it. */
    private static final class Fn {
        final String name;
        final IntSupplier ast;
        final boolean iteration;
        int lastSize;
        long count;
        long calls;
        long backEdges;
        /** The highest tier queued, being compiled or compiled since the last invalidation. */
        int requested;
        int version;
        int invalidations;
        final long[] doneAt = {NEVER, NEVER, NEVER};
        final long[] code = new long[3];
        final int[] fromTile = new int[3];
        /** Tiles that ran it, and per tile and tier the cycle its code arrives there. */
        int[] tiles = new int[1];
        long[][] arrive = new long[1][];
        int tileCount;
        /** Calls to other functions, by callee id. */
        final Map<Integer, long[]> callees = new HashMap<>();

        Fn(String name, IntSupplier ast, boolean iteration) {
            this.name = name;
            this.ast = ast;
            this.iteration = iteration;
        }
    }

    private record Request(int function, int tier, long queuedAt, long countAtQueue, int requester, long sequence, int version) {
    }

    /** One compilation, for the report. */
    record Compilation(String function, int tier, int nodes, int rootNodes, long queuedAt, long start, long done, int tile, long codeBytes, boolean blocking) {
    }

    public CompilationModel(JitOptions options, CompileCost cost) {
        this.options = options;
        this.cost = cost;
        this.topTier = options.tiers();
        this.firstThreshold = options.firstTierThreshold();
        this.sampleStep = options.sampleCycles();
        this.nextSample = 0;
    }

    @Override
    public void attach(JitHost jitHost) {
        this.host = jitHost;
        int tiles = options.tiles();
        int spare = TilePlacement.candidates(jitHost, tiles).size();
        if (tiles > spare) {
            options.err().println("jit: --jit.Tiles=" + tiles + " is more than the " + spare + " tiles the machine has to spare; using " + spare);
            tiles = spare;
        }
        jitTiles = options.placement().choose(jitHost, tiles);
        freeAt = new long[jitTiles.length];
        tileBusy = new long[jitTiles.length];
        tileCompilations = new int[jitTiles.length];
    }

    @Override
    public int tiers() {
        return topTier;
    }

    @Override
    public CostTable costs(int tier) {
        return tier == topTier ? options.costs() : options.firstTierCosts();
    }

    @Override
    public void newFunction(int function, String name, IntSupplier astNodes) {
        if (function != functions.size()) {
            throw new IllegalArgumentException("function ids must be dense: expected " + functions.size() + ", got " + function);
        }
        functions.add(new Fn(name, astNodes, name.equals(options.iterationFunction())));
    }

    // ---- events -------------------------------------------------------------------------------

    @Override
    public long enter(int function, int caller, int tile, long now) {
        advance(now);
        Fn f = functions.get(function);
        f.calls++;
        f.count++;
        if (caller >= 0) {
            functions.get(caller).callees.computeIfAbsent(function, k -> new long[1])[0]++;
        }
        entry(f, tile, now);
        progress(now);
        return hotter(function, f, tile, now);
    }

    @Override
    public void exit(int function, int tile, long now) {
        if (functions.get(function).iteration) {
            iterationEnds.add(now);
        }
    }

    @Override
    public long backEdge(int function, int tile, long now) {
        advance(now);
        Fn f = functions.get(function);
        f.count++;
        f.backEdges++;
        progress(now);
        return hotter(function, f, tile, now);
    }

    @Override
    public long specialisationFailed(int function, int tile, long now) {
        advance(now);
        Fn f = functions.get(function);
        if (f.requested == 0) {
            return 0;
        }
        boolean installed = false;
        for (int t = 1; t <= topTier; t++) {
            installed |= f.doneAt[t] <= now;
        }
        if (installed) {
            deopts++;
        } else {
            cancelled++;
        }
        f.version++;
        f.invalidations++;
        f.requested = 0;
        f.count = 0;
        Arrays.fill(f.doneAt, NEVER);
        for (int i = 0; i < f.tileCount; i++) {
            Arrays.fill(f.arrive[i], NEVER);
        }
        if (queue.removeIf(r -> r.function == function)) {
            queueChanged(now);
        }
        return 0;
    }

    @Override
    public int tier(int function, int tile, long now) {
        advance(now);
        Fn f = functions.get(function);
        for (int i = 0; i < f.tileCount; i++) {
            if (f.tiles[i] == tile) {
                long[] a = f.arrive[i];
                for (int t = topTier; t >= 1; t--) {
                    if (a[t] <= now) {
                        return t;
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    @Override
    public void finish(long now) {
        advance(now);
        endCycle = now;
        // The JIT tiles' busy time, up to the end: a compilation still going then is abandoned.
        for (Compilation c : compilations) {
            if (!c.blocking && c.start < now) {
                host.compiling(c.tile, c.start, Math.min(c.done, now) - c.start, c.function);
            }
        }
        samples.add(new long[]{now, work, iterationEnds.size()});
        if (!options.statsFile().isEmpty()) {
            try {
                Path file = Path.of(options.statsFile());
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, JsonReport.text(json()), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                options.err().println("jit: could not write " + options.statsFile() + ": " + e.getMessage());
            }
        }
    }

    /** Notes progress; samples (cycle, work, iterations) every sample step. */
    private void progress(long now) {
        work++;
        if (now >= nextSample) {
            samples.add(new long[]{now, work, iterationEnds.size()});
            nextSample = now + sampleStep;
            if (samples.size() > MAX_SAMPLES) {
                List<long[]> kept = new ArrayList<>();
                for (int i = 0; i < samples.size(); i += 2) {
                    kept.add(samples.get(i));
                }
                samples.clear();
                samples.addAll(kept);
                sampleStep *= 2;
            }
        }
    }

    /** The function got hotter: queue (or, with no JIT tiles, do) the compilation it has become hot enough for. */
    private long hotter(int function, Fn f, int tile, long now) {
        if (f.invalidations >= MAX_INVALIDATIONS) {
            return 0;
        }
        int tier = 0;
        if (f.requested < topTier && f.count >= options.threshold()) {
            tier = topTier;
        } else if (topTier == 2 && f.requested < 1 && f.count >= firstThreshold) {
            tier = 1;
        }
        if (tier == 0) {
            return 0;
        }
        f.requested = tier;
        if (jitTiles.length == 0) {
            int nodes = size(function, tier);
            long cycles = cost.cycles(tier, nodes, options.compileScale());
            long done = now + cycles;
            blockedCycles += cycles;
            install(f, tier, tile, done, cost.codeBytes(tier, nodes));
            compilations.add(new Compilation(f.name, tier, nodes, f.lastSize, now, now, done, tile, cost.codeBytes(tier, nodes), true));
            return cycles;
        }
        queue.add(new Request(function, tier, now, f.count, tile, sequence++, f.version));
        queueChanged(now);
        return 0;
    }

    // ---- the queue and the JIT tiles -----------------------------------------------------------

    private void queueChanged(long now) {
        longestQueue = Math.max(longestQueue, queue.size());
        long[] last = queueSamples.isEmpty() ? null : queueSamples.get(queueSamples.size() - 1);
        if (last != null && last[0] == now) {
            last[1] = queue.size();
        } else {
            queueSamples.add(new long[]{now, queue.size()});
        }
        if (queue.isEmpty()) {
            nextDispatch = NEVER;
            return;
        }
        long free = NEVER;
        for (long t : freeAt) {
            free = Math.min(free, t);
        }
        long earliest = NEVER;
        for (Request r : queue) {
            earliest = Math.min(earliest, r.queuedAt);
        }
        nextDispatch = Math.max(free, earliest);
    }

    /** Starts every compilation that a JIT tile would have started by {@code now}. */
    private void advance(long now) {
        while (nextDispatch <= now) {
            dispatch(nextDispatch);
        }
    }

    private void dispatch(long at) {
        Request next = null;
        double bestWeight = 0;
        for (Request r : queue) {
            if (r.queuedAt > at) {
                continue;
            }
            double weight = weight(r, at);
            if (next == null || before(r, weight, next, bestWeight)) {
                next = r;
                bestWeight = weight;
            }
        }
        queue.remove(next);
        Fn f = functions.get(next.function);
        int slot = -1;
        long nearest = NEVER;
        for (int i = 0; i < jitTiles.length; i++) {
            if (freeAt[i] <= at) {
                long d = host.latency(next.requester, jitTiles[i], 1);
                if (d < nearest) {
                    nearest = d;
                    slot = i;
                }
            }
        }
        int nodes = size(next.function, next.tier);
        long cycles = cost.cycles(next.tier, nodes, options.compileScale());
        long done = at + cycles;
        int tile = jitTiles[slot];
        freeAt[slot] = done;
        tileBusy[slot] += cycles;
        tileCompilations[slot]++;
        long bytes = cost.codeBytes(next.tier, nodes);
        compilations.add(new Compilation(f.name, next.tier, nodes, f.lastSize, next.queuedAt, at, done, tile, bytes, false));
        if (next.version == f.version) {
            install(f, next.tier, tile, done, bytes);
        }
        queueChanged(at);
    }

    /** Whether request {@code a} goes before {@code b} under the policy. */
    private boolean before(Request a, double weightA, Request b, double weightB) {
        switch (options.queue()) {
            case FIFO -> {
                return a.sequence < b.sequence;
            }
            case HOTNESS -> {
                long ca = functions.get(a.function).count;
                long cb = functions.get(b.function).count;
                return ca != cb ? ca > cb : a.sequence < b.sequence;
            }
            default -> {
                if (a.tier != b.tier) {
                    return a.tier < b.tier;
                }
                return weightA != weightB ? weightA > weightB : a.sequence < b.sequence;
            }
        }
    }

    /** Truffle's traversing-queue weight: hotness gained per cycle since queued, times hotness. */
    private double weight(Request r, long at) {
        if (options.queue() != QueuePolicy.TRAVERSING) {
            return 0;
        }
        long count = functions.get(r.function).count;
        double rate = (double) (count - r.countAtQueue + 1) / (at - r.queuedAt + 1);
        return rate * count;
    }

    /** Code of {@code tier}, made on {@code from} at {@code done}: sent to every tile that ran the function. */
    private void install(Fn f, int tier, int from, long done, long bytes) {
        f.doneAt[tier] = done;
        f.code[tier] = bytes;
        f.fromTile[tier] = from;
        for (int i = 0; i < f.tileCount; i++) {
            f.arrive[i][tier] = ship(from, f.tiles[i], bytes, done);
        }
    }

    private long ship(int from, int to, long bytes, long sent) {
        long arrival = host.shipCode(from, to, bytes, sent);
        if (from != to) {
            codeMessages++;
            codeBytes += bytes;
        }
        arrivals.add(arrival);
        return arrival;
    }

    /** The function's entry for {@code tile}, made (with any code already compiled sent there) the first time. */
    private void entry(Fn f, int tile, long now) {
        for (int i = 0; i < f.tileCount; i++) {
            if (f.tiles[i] == tile) {
                return;
            }
        }
        if (f.tileCount == f.tiles.length) {
            f.tiles = Arrays.copyOf(f.tiles, f.tileCount * 2);
            f.arrive = Arrays.copyOf(f.arrive, f.tileCount * 2);
        }
        long[] a = {NEVER, NEVER, NEVER};
        for (int t = 1; t <= topTier; t++) {
            if (f.doneAt[t] != NEVER) {
                a[t] = ship(f.fromTile[t], tile, f.code[t], Math.max(f.doneAt[t], now));
            }
        }
        f.tiles[f.tileCount] = tile;
        f.arrive[f.tileCount++] = a;
    }

    /**
     * A compilation's size in AST nodes: the function's, plus for the last tier the callees it
     * inlines — most called first, breadth first, while they fit in the budget.
     */
    int size(int function, int tier) {
        Fn f = functions.get(function);
        int root = measure(f);
        if (tier < topTier || topTier == 1 && options.inliningBudget() == 0) {
            return root;
        }
        long total = root;
        boolean[] inlined = new boolean[functions.size()];
        inlined[function] = true;
        record Edge(int callee, long calls, long order) {
        }
        PriorityQueue<Edge> frontier = new PriorityQueue<>((a, b) -> a.calls != b.calls ? Long.compare(b.calls, a.calls) : Long.compare(a.order, b.order));
        long order = 0;
        for (Map.Entry<Integer, long[]> e : sorted(f.callees)) {
            frontier.add(new Edge(e.getKey(), e.getValue()[0], order++));
        }
        while (!frontier.isEmpty()) {
            Edge e = frontier.poll();
            if (inlined[e.callee]) {
                continue;
            }
            Fn callee = functions.get(e.callee);
            int nodes = measure(callee);
            if (total - root + nodes > options.inliningBudget()) {
                continue;
            }
            inlined[e.callee] = true;
            total += nodes;
            for (Map.Entry<Integer, long[]> next : sorted(callee.callees)) {
                frontier.add(new Edge(next.getKey(), next.getValue()[0], order++));
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private static List<Map.Entry<Integer, long[]>> sorted(Map<Integer, long[]> callees) {
        List<Map.Entry<Integer, long[]>> list = new ArrayList<>(callees.entrySet());
        list.sort(Map.Entry.comparingByKey());
        return list;
    }

    private static int measure(Fn f) {
        f.lastSize = Math.max(1, f.ast.getAsInt());
        return f.lastSize;
    }

    // ---- results ---------------------------------------------------------------------------------

    /**
     * The cycle from which the program ran at its final speed: the start of the first iteration
     * from which every iteration took at most 10% longer than the fastest of the last three; with
     * fewer than three iterations, the arrival of the last code.
     */
    long steadyStateCycle() {
        int n = iterationEnds.size();
        if (n < 3) {
            return lastArrival();
        }
        long[] durations = new long[n];
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long end = iterationEnds.get(i);
            durations[i] = previous < 0 ? end : end - previous;
            previous = end;
        }
        long best = Math.min(durations[n - 1], Math.min(durations[n - 2], durations[n - 3]));
        int first = n - 1;
        while (first > 0 && durations[first - 1] * 10 <= best * 11) {
            first--;
        }
        return first == 0 ? 0 : iterationEnds.get(first - 1);
    }

    /** When the last code that arrived before the program ended arrived (0: none did). */
    private long lastArrival() {
        long last = 0;
        for (long a : arrivals) {
            if (a <= endCycle || endCycle < 0) {
                last = Math.max(last, a);
            }
        }
        return last;
    }

    private long compileCycles() {
        long sum = 0;
        for (Compilation c : compilations) {
            sum += c.done - c.start;
        }
        return sum;
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        long first = compilations.stream().filter(c -> c.tier < topTier).count();
        String where;
        if (jitTiles.length == 0) {
            where = "on the running tile, blocking";
        } else {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < Math.min(8, jitTiles.length); i++) {
                labels.add(host.tileLabel(jitTiles[i]));
            }
            if (jitTiles.length > 8) {
                labels.add("…");
            }
            where = "on " + jitTiles.length + " JIT " + (jitTiles.length == 1 ? "tile" : "tiles") + " (" + options.placement().spelling() + ": "
                            + String.join(" ", labels) + (TilePlacement.sharesProgramTiles(host, jitTiles.length) ? ", shared with the program's" : "") + ")";
        }
        String thresholds = topTier == 2 ? n(firstThreshold) + "/" + n(options.threshold()) : n(options.threshold());
        lines.add(String.format(Locale.ROOT, "jit             %s compilations (%s first tier, %s last tier) %s, queue %s, thresholds %s", n(compilations.size()),
                        n(first), n(compilations.size() - first), where, options.queue().spelling(), thresholds));
        long unfinished = compilations.stream().filter(c -> c.done > endCycle).count();
        lines.add(String.format(Locale.ROOT, "                %s cycles compiling%s%s, %s deopts, %s compilations cancelled, longest queue %s", n(compileCycles()),
                        blockedCycles > 0 ? " (the running tile waited " + n(blockedCycles) + ")" : "",
                        unfinished > 0 ? " (" + n(unfinished) + " still compiling at the end)" : "", n(deopts), n(cancelled), n(longestQueue)));
        lines.add(String.format(Locale.ROOT, "                %s code messages (%s bytes); last code arrived at cycle %s; steady state from cycle %s", n(codeMessages),
                        n(codeBytes), n(lastArrival()), n(steadyStateCycle())));
        return lines;
    }

    /** Everything the sweeps and the report need, as one document. */
    ObjectNode json() {
        ObjectNode root = NODES.objectNode();
        root.put("tool", "jit");
        ObjectNode o = root.putObject("options");
        o.put("tiles", options.tiles());
        o.put("queue", options.queue().spelling());
        o.put("placement", options.placement().spelling());
        o.put("threshold", options.threshold());
        o.put("first_tier_threshold", firstThreshold);
        o.put("tiers", topTier);
        o.put("costs", options.costs().name());
        o.put("first_tier_costs", options.firstTierCosts().name());
        o.put("compile_scale", Decimals.of(options.compileScale()));
        o.put("inlining_budget", options.inliningBudget());
        ArrayNode tiles = o.putArray("jit_tiles");
        for (int t : jitTiles) {
            tiles.add(t);
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("cycles", endCycle);
        totals.put("compilations", compilations.size());
        totals.put("compile_cycles", compileCycles());
        totals.put("blocked_cycles", blockedCycles);
        totals.put("deopts", deopts);
        totals.put("cancelled", cancelled);
        totals.put("longest_queue", longestQueue);
        totals.put("code_messages", codeMessages);
        totals.put("code_bytes", codeBytes);
        totals.put("last_code_arrival", lastArrival());
        totals.put("steady_state_cycle", steadyStateCycle());
        totals.put("work", work);
        totals.put("iterations", iterationEnds.size());
        ArrayNode its = root.putArray("iteration_ends");
        iterationEnds.forEach(its::add);
        ArrayNode progress = root.putArray("progress");
        for (long[] s : samples) {
            progress.addArray().add(s[0]).add(s[1]).add(s[2]);
        }
        ArrayNode q = root.putArray("queue");
        for (long[] s : queueSamples) {
            q.addArray().add(s[0]).add(s[1]);
        }
        ArrayNode cs = root.putArray("compilations");
        for (Compilation c : compilations) {
            ObjectNode n = cs.addObject();
            n.put("function", c.function);
            n.put("tier", c.tier);
            n.put("nodes", c.nodes);
            n.put("root_nodes", c.rootNodes);
            n.put("queued", c.queuedAt);
            n.put("start", c.start);
            n.put("done", c.done);
            n.put("tile", c.tile);
            n.put("code_bytes", c.codeBytes);
            n.put("blocking", c.blocking);
        }
        return root;
    }

    @Override
    public void writeReport(Path dir) throws IOException {
        Files.writeString(dir.resolve("jit.json"), JsonReport.text(json()), StandardCharsets.UTF_8);
        StringBuilder c = new StringBuilder("function,tier,nodes,root_nodes,queued_cycle,start_cycle,done_cycle,tile,code_bytes,blocking\n");
        for (Compilation x : compilations) {
            c.append(csv(x.function)).append(',').append(x.tier).append(',').append(x.nodes).append(',').append(x.rootNodes).append(',').append(x.queuedAt).append(',').append(x.start)
                            .append(',').append(x.done).append(',').append(x.tile).append(',').append(x.codeBytes).append(',').append(x.blocking).append('\n');
        }
        Files.writeString(dir.resolve("jit-compilations.csv"), c, StandardCharsets.UTF_8);
        StringBuilder p = new StringBuilder("cycle,work,iterations\n");
        for (long[] s : samples) {
            p.append(s[0]).append(',').append(s[1]).append(',').append(s[2]).append('\n');
        }
        Files.writeString(dir.resolve("jit-progress.csv"), p, StandardCharsets.UTF_8);
        StringBuilder q = new StringBuilder("cycle,queue_length\n");
        for (long[] s : queueSamples) {
            q.append(s[0]).append(',').append(s[1]).append('\n');
        }
        Files.writeString(dir.resolve("jit-queue.csv"), q, StandardCharsets.UTF_8);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    // for tests
    long deopts() {
        return deopts;
    }

    int compilationCount() {
        return compilations.size();
    }

    int[] jitTiles() {
        return jitTiles.clone();
    }

    List<Compilation> compilations() {
        return List.copyOf(compilations);
    }
}
