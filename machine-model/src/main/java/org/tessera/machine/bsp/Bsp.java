package org.tessera.machine.bsp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.DeliveryListener;
import org.tessera.machine.network.Network;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.time.Cycles;

/**
 * Runs bulk-synchronous supersteps (Valiant, "A bridging model for parallel computation", CACM
 * 33(8), 1990; in the IPU's order compute → sync → exchange, Jia et al., "Dissecting the Graphcore
 * IPU architecture via microbenchmarking", 2019):
 *
 * <ol>
 * <li>compute: each tile's cycles run on one of its hardware threads ({@link Tiles#compute}, so
 * they queue behind other work there); the phase lasts until the slowest tile is done (w);</li>
 * <li>sync: the hardware barrier, {@code bsp.sync_cycles} (l);</li>
 * <li>exchange: every transfer is sent at once and the phase lasts until the last one has arrived.
 * On the all-to-all exchange topology that is about h/B cycles plus one crossing (g·h with
 * g = 1/{@code flit_bytes}), but it is measured on the modelled network, contention included.</li>
 * </ol>
 */
public final class Bsp {
    private final Network network;
    private final Engine engine;
    private final Tiles tiles;
    private final long syncCycles;

    /** Supersteps whose compute runs on a {@link Tiles} of their own. */
    public Bsp(Network network, MachineConfig machine) {
        this(network, machine, new Tiles(machine, network.engine()));
    }

    public Bsp(Network network, MachineConfig machine, Tiles tiles) {
        this.network = network;
        this.engine = network.engine();
        this.tiles = tiles;
        this.syncCycles = machine.bsp().syncCycles();
    }

    /** Runs one superstep from now and simulates until its exchange is over. */
    public SuperstepResult run(Superstep superstep) {
        return run(List.of(superstep)).getFirst();
    }

    /** Runs the supersteps back to back from now and simulates until the last exchange is over. */
    public List<SuperstepResult> run(List<Superstep> supersteps) {
        List<SuperstepResult> results = new ArrayList<>(supersteps.size());
        boolean[] finished = new boolean[1];
        start(supersteps, r -> finished[0] = true, results);
        if (!finished[0] && !engine.runUntil(() -> finished[0], Cycles.of(Long.MAX_VALUE))) {
            throw new IllegalStateException("the supersteps did not complete: the machine went idle first");
        }
        return results;
    }

    /**
     * Starts the supersteps at the engine's current cycle, each in the cycle the previous one's
     * exchange ends; {@code done} gets their results when the last is over.
     */
    public void start(List<Superstep> supersteps, Consumer<List<SuperstepResult>> done) {
        start(supersteps, done, new ArrayList<>(supersteps.size()));
    }

    /** Starts a superstep at the engine's current cycle; {@code done} runs in the cycle its exchange ends. */
    public void start(Superstep superstep, Consumer<SuperstepResult> done) {
        start(List.of(superstep), results -> done.accept(results.getFirst()));
    }

    private void start(List<Superstep> supersteps, Consumer<List<SuperstepResult>> done, List<SuperstepResult> results) {
        supersteps.forEach(this::check);
        startNext(supersteps, done, results);
    }

    private void startNext(List<Superstep> supersteps, Consumer<List<SuperstepResult>> done, List<SuperstepResult> results) {
        if (results.size() == supersteps.size()) {
            done.accept(results);
            return;
        }
        new Run(supersteps.get(results.size()), r -> {
            results.add(r);
            startNext(supersteps, done, results);
        }).begin();
    }

    private void check(Superstep superstep) {
        int tileCount = network.topology().tiles();
        if (superstep.tiles() != tileCount) {
            throw new IllegalArgumentException("the superstep gives compute cycles for " + superstep.tiles() + " tiles, but "
                            + network.topology().describe() + " has " + tileCount);
        }
        for (Transfer t : superstep.exchange()) {
            if (t.from() < 0 || t.from() >= tileCount || t.to() < 0 || t.to() >= tileCount) {
                throw new IllegalArgumentException(t + " names a tile " + network.topology().describe() + " does not have");
            }
        }
    }

    /** The state of one superstep in progress. */
    private final class Run {
        private final Superstep superstep;
        private final Consumer<SuperstepResult> done;
        private final long start = engine.nowCycle();
        private long computeEnd;
        private long syncEnd;
        private int computing;
        private int inFlight;

        Run(Superstep superstep, Consumer<SuperstepResult> done) {
            this.superstep = superstep;
            this.done = done;
        }

        void begin() {
            for (int t = 0; t < superstep.tiles(); t++) {
                if (superstep.computeCycles(t) > 0) {
                    computing++;
                }
            }
            if (computing == 0) {
                computed();
                return;
            }
            for (int t = 0; t < superstep.tiles(); t++) {
                if (superstep.computeCycles(t) > 0) {
                    tiles.compute(t, superstep.computeCycles(t), this::tileComputed);
                }
            }
        }

        private void tileComputed() {
            if (--computing == 0) {
                computed();
            }
        }

        private void computed() {
            computeEnd = engine.nowCycle();
            syncEnd = computeEnd + syncCycles;
            engine.schedule(Cycles.of(syncEnd), this::exchange);
        }

        private void exchange() {
            List<Transfer> transfers = superstep.exchange();
            inFlight = transfers.size();
            if (inFlight == 0) {
                finish(0);
                return;
            }
            DeliveryListener arrived = message -> {
                if (--inFlight == 0) {
                    finish(h(transfers));
                }
            };
            for (Transfer t : transfers) {
                network.send(t.from(), t.to(), t.bytes(), t, arrived);
            }
        }

        private long h(List<Transfer> transfers) {
            long[] sent = new long[superstep.tiles()];
            long[] received = new long[superstep.tiles()];
            long h = 0;
            for (Transfer t : transfers) {
                h = Math.max(h, Math.max(sent[t.from()] += t.bytes(), received[t.to()] += t.bytes()));
            }
            return h;
        }

        private void finish(long h) {
            long bytes = 0;
            for (Transfer t : superstep.exchange()) {
                bytes += t.bytes();
            }
            done.accept(new SuperstepResult(Cycles.of(start), Cycles.of(computeEnd), Cycles.of(syncEnd), Cycles.of(engine.nowCycle()),
                            superstep.exchange().size(), bytes, h));
        }
    }
}
