package org.tessera.machine.collective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.tessera.machine.config.CollectiveConfig;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.time.Cycles;

/**
 * Runs collectives on the machine, built from messages through the {@link Network}:
 *
 * <pre>{@code
 * Collectives c = new Collectives(network, config);
 * CollectiveResult r = c.run(Collective.ALL_REDUCE, Algorithm.RING, 64 * 1024, 64);
 * }</pre>
 *
 * {@link #run} simulates until the collective is complete; {@link #start} only starts it, for a
 * caller (an instrument) that keeps the engine running and wants to hear when it is done. Which
 * algorithms each collective has is listed in {@link Collective}; their costs in {@link Algorithm}.
 *
 * <p>Costs besides the network: {@code collective.message_overhead_cycles} per message on the
 * sender's thread before it sends, {@code collective.reduce_cycles_per_byte} for combining on the
 * receiver's thread (both on the shared {@link Tiles}, so they queue behind other work there), and
 * {@code collective.segment_bytes} for the pipelined chains. So α in the α–β formulas is
 * overhead + the zero-load latency of the message's head, and B is {@code flit_bytes} per cycle.
 *
 * <p>A rooted collective with root ρ runs its algorithm on ranks relabelled q = (r − ρ) mod p, so
 * the tree or chain starts at the root; the data of scatter and gather is rotated to match, as
 * MPICH does, and rotated back in the result.
 */
public final class Collectives {
    private final Network network;
    private final Engine engine;
    private final Tiles tiles;
    private final CollectiveConfig costs;

    /** Collectives whose compute costs go to a {@link Tiles} of their own. */
    public Collectives(Network network, MachineConfig machine) {
        this(network, machine, new Tiles(machine, network.engine()));
    }

    /** Collectives whose compute costs share {@code tiles}' hardware threads with other work. */
    public Collectives(Network network, MachineConfig machine, Tiles tiles) {
        this.network = network;
        this.engine = network.engine();
        this.tiles = tiles;
        this.costs = machine.collective();
    }

    /** Runs a collective with ranks on the default placement, tracking timing only. */
    public CollectiveResult run(Collective collective, Algorithm algorithm, long bytes, int participants) {
        return run(CollectiveRequest.of(collective, algorithm, bytes, participants));
    }

    /** Starts the collective now and simulates until it is complete. */
    public CollectiveResult run(CollectiveRequest request) {
        CollectiveResult[] result = new CollectiveResult[1];
        start(request, r -> result[0] = r);
        if (result[0] == null && !engine.runUntil(() -> result[0] != null, Cycles.of(Long.MAX_VALUE))) {
            throw new IllegalStateException(request.collective().displayName() + " (" + request.algorithm().displayName()
                            + ") did not complete: the machine went idle first");
        }
        return result[0];
    }

    public void start(Collective collective, Algorithm algorithm, long bytes, int participants, Consumer<CollectiveResult> done) {
        start(CollectiveRequest.of(collective, algorithm, bytes, participants), done);
    }

    /**
     * Starts the collective at the engine's current cycle (from outside a run, or from an event or
     * delivery listener); {@code done} runs in the cycle the last rank finishes (at once, for one
     * participant).
     */
    public void start(CollectiveRequest request, Consumer<CollectiveResult> done) {
        Collective collective = request.collective();
        int p = request.participants();
        int root = collective.isRooted() ? request.root() : 0;
        int[] placement = placement(request);
        long[][] values = request.values();
        long length = values == null ? request.bytes() : vectorLength(values);
        long elementBytes = values == null || length == 0 ? 1 : request.bytes() / length;
        boolean rotated = collective == Collective.SCATTER || collective == Collective.GATHER;
        long shift = rotated ? Partition.even(length, p).start(root) : 0;
        Partition blocks = rotated ? Partition.rotatedBlocks(length, p, root) : Partition.even(length, p);
        long segment = Math.max(1, Math.ceilDiv(costs.segmentBytes(), elementBytes)); // no overflow for any segment_bytes
        Schedule schedule = request.algorithm() == Algorithm.IN_NETWORK ? null : Plans.build(collective, request.algorithm(), p, blocks, segment);

        int[] tileOf = new int[p];
        long[] arrivals = request.arrivals() == null ? null : new long[p];
        for (int q = 0; q < p; q++) {
            int rank = (q + root) % p;
            tileOf[q] = placement[rank];
            if (arrivals != null) {
                arrivals[q] = request.arrivals()[rank];
            }
        }
        long[][] buffers = values == null ? null : inputs(collective, values, p, root, blocks, shift);
        if (request.algorithm() == Algorithm.IN_NETWORK) {
            new InNetwork(network, tiles, costs, collective, tileOf, request.bytes(), buffers,
                            outcome -> done.accept(result(request, root, outcome, buffers, shift))).start(arrivals);
            return;
        }
        new Execution(network, tiles, costs, schedule, tileOf, elementBytes, buffers,
                        execution -> done.accept(result(request, root, execution, buffers, shift))).start(arrivals);
    }

    private int[] placement(CollectiveRequest request) {
        int tileCount = network.topology().tiles();
        int[] placement = request.placement();
        if (placement == null) {
            if (request.participants() > tileCount) {
                throw new IllegalArgumentException(request.participants() + " ranks do not fit on " + network.topology().describe() + " ("
                                + tileCount + " tiles) without an explicit placement");
            }
            return Arrays.copyOf(network.topology().ringOrder(), request.participants());
        }
        for (int r = 0; r < placement.length; r++) {
            if (placement[r] < 0 || placement[r] >= tileCount) {
                throw new IllegalArgumentException("rank " + r + " is placed on tile " + placement[r] + ", which " + network.topology().describe()
                                + " does not have (tiles 0.." + (tileCount - 1) + ")");
            }
        }
        return placement;
    }

    private static int vectorLength(long[][] values) {
        for (long[] v : values) {
            if (v != null) {
                return v.length;
            }
        }
        throw new IllegalStateException("a request with values has at least one vector");
    }

    /** Each relative rank's starting buffer, in the algorithm's (possibly rotated) layout. */
    private static long[][] inputs(Collective collective, long[][] values, int p, int root, Partition blocks, long shift) {
        int length = (int) blocks.length();
        long[][] buffers = new long[p][];
        for (int q = 0; q < p; q++) {
            int rank = (q + root) % p;
            boolean rootOnly = collective == Collective.BROADCAST || collective == Collective.SCATTER;
            if (rootOnly && q != 0) {
                buffers[q] = new long[length];
                continue;
            }
            if (values[rank] == null) {
                throw new IllegalArgumentException(collective.displayName() + " reads the values of rank " + rank + ", but they are null");
            }
            long[] layout = rotate(values[rank], shift);
            if (collective == Collective.GATHER || collective == Collective.ALL_GATHER) {
                // A rank contributes only its block; the rest starts empty, so that data sent before
                // it was received would show in the result.
                buffers[q] = new long[length];
                int lo = (int) blocks.start(q);
                System.arraycopy(layout, lo, buffers[q], lo, (int) blocks.end(q) - lo);
            } else {
                buffers[q] = layout;
            }
        }
        return buffers;
    }

    /** element i of the result is element (i + shift) mod E of {@code vector}. */
    private static long[] rotate(long[] vector, long shift) {
        int length = vector.length;
        long[] result = new long[length];
        for (int i = 0; i < length; i++) {
            result[i] = vector[(int) ((i + shift) % length)];
        }
        return result;
    }

    private CollectiveResult result(CollectiveRequest request, int root, Outcome execution, long[][] buffers, long shift) {
        int p = request.participants();
        List<Cycles> rankEnds = new ArrayList<>(p);
        long end = execution.startCycle();
        for (int rank = 0; rank < p; rank++) {
            long finish = execution.finishCycle(Math.floorMod(rank - root, p));
            rankEnds.add(Cycles.of(finish));
            end = Math.max(end, finish);
        }
        List<long[]> outputs = buffers == null ? List.of() : outputs(request.collective(), buffers, p, root, shift);
        return new CollectiveResult(request.collective(), request.algorithm(), p, request.bytes(), Cycles.of(execution.startCycle()), Cycles.of(end),
                        execution.messages(), execution.bytesSent(), Collections.unmodifiableList(rankEnds), outputs);
    }

    /** What each rank ends with, in the caller's layout (see {@link CollectiveResult}). */
    private static List<long[]> outputs(Collective collective, long[][] buffers, int p, int root, long shift) {
        long[][] outputs = new long[p][];
        int length = buffers[0].length;
        Partition blocks = Partition.even(length, p);
        for (int rank = 0; rank < p; rank++) {
            long[] buffer = buffers[Math.floorMod(rank - root, p)];
            long[] original = rotate(buffer, length - shift);
            outputs[rank] = switch (collective) {
                case BROADCAST, ALL_REDUCE, ALL_GATHER -> original;
                case REDUCE, GATHER -> rank == root ? original : null;
                case SCATTER, REDUCE_SCATTER -> {
                    long[] block = new long[length];
                    int lo = (int) blocks.start(rank);
                    System.arraycopy(original, lo, block, lo, (int) blocks.end(rank) - lo);
                    yield block;
                }
                case BARRIER -> null;
            };
        }
        return Collections.unmodifiableList(Arrays.asList(outputs));
    }
}
