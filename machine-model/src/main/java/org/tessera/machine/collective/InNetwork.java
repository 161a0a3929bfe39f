package org.tessera.machine.collective;

import java.util.Arrays;
import java.util.function.Consumer;

import org.tessera.machine.config.CollectiveConfig;
import org.tessera.machine.config.NetworkConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.routing.Paths;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.time.Cycles;
import org.tessera.machine.topology.Topology;

/**
 * Reduce, all-reduce and broadcast done in the routers ({@link Algorithm#IN_NETWORK}), on a
 * combining plane beside the packet network: its links are as wide and as slow as the packet
 * network's (a flit per cycle, t_l) and its routers have the same pipeline (t_r), but it carries
 * nothing else, so a collective meets no contention — as on Blue Gene/L's collective network (Gara
 * et al., IBM J. R&amp;D 49(2/3), 2005). Each rank pays {@code collective.message_overhead_cycles} on
 * its tile's thread before it hands its vector to the network, and its vector is a stream of
 * F = ⌈n / flit_bytes⌉ flits, one per cycle (ranks on one tile take turns on its injection channel).
 *
 * <p><b>Reduce.</b> The routes of all ranks' tiles to the root's tile (the routing function's own
 * choices) form a tree of routers. A router forwards flit i of the sum when flit i of every input
 * (its tile's ranks and its children in the tree) has arrived, so with A the arrival of the last
 * input's head, the sum's head leaves at D = A + t_r + c, where c is {@code collective.combine_cycles}
 * if two or more inputs meet there and 0 otherwise, and reaches the next router at D + t_l. A head
 * reaches its first router one cycle after its rank sends (the injection channel). The root has the
 * sum when the tail arrives, t_l + F − 1 after the head leaves the root's router. On an idle k×k
 * mesh, all ranks starting together at cycle 0 with the root in a corner, that is
 *
 * <pre>    (2k − 1)·(t_r + t_l) + (2k − 2)·c + F</pre>
 *
 * cycles: the farthest corner's stream crosses 2k − 1 routers, all but the first of which combine.
 *
 * <p><b>Broadcast.</b> The root's stream forks in every router on the routes from the root's tile to
 * the others, so a tile whose route crosses H routers has the whole vector T₀ = H·(t_r + t_l) + F
 * cycles after the root sends, the packet network's zero-load latency.
 *
 * <p><b>All-reduce.</b> A reduce whose sum, instead of being ejected at the root, turns round in the
 * root's router and is broadcast from there: a tile H routers from the root's router (the root's
 * included) has it D_root + (H − 1)·(t_r + t_l) + t_l + F − 1.
 *
 * <p>A rank finishes when it has the result (or, giving none, when its tail has left its tile).
 * {@link CollectiveResult#messages()} counts the plane's channels the vector crossed (injection,
 * router-to-router and ejection channels, each once), and {@code bytesSent} is that times n.
 */
final class InNetwork implements Outcome {
    private final Engine engine;
    private final Tiles tiles;
    private final Topology topology;
    private final Network network;
    private final Collective collective;
    private final int[] tileOf;
    private final long bytes;
    private final int flits;
    private final long overheadCycles;
    private final int combineCycles;
    private final int routerLatency;
    private final int linkLatency;
    private final long[][] buffers;
    private final Consumer<Outcome> whenDone;
    private final long startCycle;
    /** Per relative rank: when it entered, and when its vector could start into the network. */
    private final long[] entered;
    private final long[] sent;
    private final long[] finish;
    private int waitingFor;
    private long messages;

    InNetwork(Network network, Tiles tiles, CollectiveConfig costs, Collective collective, int[] tileOf, long bytes, long[][] buffers,
                    Consumer<Outcome> whenDone) {
        if (collective != Collective.REDUCE && collective != Collective.ALL_REDUCE && collective != Collective.BROADCAST) {
            throw new IllegalStateException(collective.displayName() + " has no in-network form");
        }
        NetworkConfig config = network.config();
        this.engine = network.engine();
        this.tiles = tiles;
        this.topology = network.topology();
        this.network = network;
        this.collective = collective;
        this.tileOf = tileOf;
        this.bytes = bytes;
        this.flits = config.flitsFor(bytes);
        this.overheadCycles = costs.messageOverheadCycles();
        this.combineCycles = costs.combineCycles();
        this.routerLatency = config.routerLatency();
        this.linkLatency = config.linkLatency();
        this.buffers = buffers;
        this.whenDone = whenDone;
        this.startCycle = engine.nowCycle();
        int p = tileOf.length;
        this.entered = new long[p];
        this.sent = new long[p];
        this.finish = new long[p];
    }

    /** Starts every rank now, or {@code arrivals[q]} cycles from now. */
    void start(long[] arrivals) {
        int p = tileOf.length;
        boolean broadcast = collective == Collective.BROADCAST;
        int senders = p == 1 || broadcast ? 1 : p;
        waitingFor = senders;
        for (int q = 0; q < p; q++) {
            entered[q] = startCycle + (arrivals == null ? 0 : arrivals[q]);
        }
        for (int q = 0; q < senders; q++) {
            int rank = q;
            if (entered[q] == startCycle) {
                enter(rank);
            } else {
                engine.schedule(Cycles.of(entered[q]), () -> enter(rank));
            }
        }
    }

    private void enter(int q) {
        if (overheadCycles > 0 && tileOf.length > 1) {
            tiles.compute(tileOf[q], overheadCycles, () -> ready(q));
        } else {
            ready(q);
        }
    }

    private void ready(int q) {
        sent[q] = engine.nowCycle();
        if (--waitingFor == 0) {
            finishAll();
        }
    }

    /** Every rank that sends has sent: the rest follows from the formulas above. */
    private void finishAll() {
        int p = tileOf.length;
        if (p == 1) {
            finish[0] = sent[0];
        } else if (collective == Collective.BROADCAST) {
            broadcast();
        } else {
            reduce();
        }
        if (buffers != null) {
            combineValues();
        }
        long end = startCycle;
        for (long f : finish) {
            end = Math.max(end, f);
        }
        if (end == engine.nowCycle()) {
            whenDone.accept(this);
        } else {
            engine.schedule(Cycles.of(end), () -> whenDone.accept(this));
        }
    }

    private void broadcast() {
        int p = tileOf.length;
        int rootTile = tileOf[0];
        long head = sent[0] + 1;
        finish[0] = sent[0] + flits;
        boolean[] used = new boolean[topology.routers() * topology.ports()];
        messages = 1;
        for (int q = 1; q < p; q++) {
            int[] path = Paths.outputPorts(topology, network.routing(), rootTile, tileOf[q]);
            messages += mark(used, path, 0);
            long arrival = head + (long) path.length * (routerLatency + linkLatency) + flits - 1;
            finish[q] = Math.max(entered[q], arrival);
        }
    }

    private void reduce() {
        int p = tileOf.length;
        int rootTile = tileOf[0];
        int ports = topology.ports();
        int routers = topology.routers();
        // The injection channels: ranks sharing a tile take turns, in the order they sent.
        Integer[] order = new Integer[p];
        for (int q = 0; q < p; q++) {
            order[q] = q;
        }
        Arrays.sort(order, (a, b) -> sent[a] != sent[b] ? Long.compare(sent[a], sent[b]) : Integer.compare(a, b));
        long[] channelFree = new long[topology.tiles()];
        long[] arrival = new long[routers];
        Arrays.fill(arrival, Long.MIN_VALUE);
        int[] inputs = new int[routers];
        int[] parent = new int[routers];
        Arrays.fill(parent, -1);
        int[] depth = new int[routers];
        Arrays.fill(depth, -1);
        boolean[] routerLinkUsed = new boolean[routers * ports];
        messages = p;
        for (int i = 0; i < p; i++) {
            int q = order[i];
            int tile = tileOf[q];
            long start = Math.max(sent[q], channelFree[tile]);
            channelFree[tile] = start + flits;
            finish[q] = start + flits;
            int[] path = Paths.outputPorts(topology, network.routing(), tile, rootTile);
            int first = path[0] / ports;
            arrival[first] = Math.max(arrival[first], start + 1);
            inputs[first]++;
            for (int h = 0; h < path.length; h++) {
                int router = path[h] / ports;
                int d = path.length - 1 - h;
                if (depth[router] >= 0 && depth[router] != d) {
                    throw new IllegalStateException(network.routing().describe() + " does not route to tile " + rootTile + " along a tree");
                }
                depth[router] = d;
                if (h + 1 < path.length && !routerLinkUsed[path[h]]) {
                    routerLinkUsed[path[h]] = true;
                    parent[router] = path[h + 1] / ports;
                    inputs[parent[router]]++;
                    messages++;
                }
            }
        }
        // Leaves first: each router's sum leaves when its last input has arrived.
        int[] tree = java.util.stream.IntStream.range(0, routers).filter(r -> depth[r] >= 0).boxed()
                        .sorted((a, b) -> depth[a] != depth[b] ? Integer.compare(depth[b], depth[a]) : Integer.compare(a, b)).mapToInt(Integer::intValue)
                        .toArray();
        long rootLeaves = 0;
        for (int router : tree) {
            long leaves = arrival[router] + routerLatency + (inputs[router] >= 2 ? combineCycles : 0);
            if (parent[router] >= 0) {
                arrival[parent[router]] = Math.max(arrival[parent[router]], leaves + linkLatency);
            } else {
                rootLeaves = leaves;
            }
        }
        if (collective == Collective.REDUCE) {
            messages++;
            finish[0] = Math.max(finish[0], rootLeaves + linkLatency + flits - 1);
            return;
        }
        boolean[] used = new boolean[routers * ports];
        for (int q = 0; q < p; q++) {
            int[] path = Paths.outputPorts(topology, network.routing(), rootTile, tileOf[q]);
            messages += mark(used, path, 0);
            long arrived = rootLeaves + (long) (path.length - 1) * (routerLatency + linkLatency) + linkLatency + flits - 1;
            finish[q] = Math.max(finish[q], arrived);
        }
    }

    /** Marks the ports of {@code path} from index {@code from} as carrying the vector; returns how many were new. */
    private static int mark(boolean[] used, int[] path, int from) {
        int fresh = 0;
        for (int h = from; h < path.length; h++) {
            if (!used[path[h]]) {
                used[path[h]] = true;
                fresh++;
            }
        }
        return fresh;
    }

    /** The values: the root's vector to everyone, or the sum to the root (or to everyone). */
    private void combineValues() {
        int p = tileOf.length;
        if (collective == Collective.BROADCAST) {
            for (int q = 1; q < p; q++) {
                buffers[q] = buffers[0].clone();
            }
            return;
        }
        long[] sum = buffers[0].clone();
        for (int q = 1; q < p; q++) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += buffers[q][i];
            }
        }
        for (int q = 0; q < p; q++) {
            if (q == 0 || collective == Collective.ALL_REDUCE) {
                buffers[q] = sum.clone();
            }
        }
    }

    @Override
    public long startCycle() {
        return startCycle;
    }

    @Override
    public long finishCycle(int q) {
        return finish[q];
    }

    @Override
    public long messages() {
        return messages;
    }

    @Override
    public long bytesSent() {
        return messages * bytes;
    }
}
