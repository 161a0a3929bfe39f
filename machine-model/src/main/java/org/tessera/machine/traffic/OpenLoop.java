package org.tessera.machine.traffic;

import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.stats.Statistics;
import org.tessera.machine.time.Cycles;

/**
 * One open-loop measurement at one offered load, as BookSim runs it: warm up, measure for a window
 * while counting the packets generated in it, then keep the load on while those packets drain.
 * If they have not all arrived within the drain limit the network is past saturation: the result
 * says so, and its latency is a lower bound.
 */
public final class OpenLoop {
    /** How long each phase lasts. */
    public record Phases(long warmupCycles, long measureCycles, long drainLimitCycles) {
        public Phases {
            if (warmupCycles < 0 || measureCycles < 1 || drainLimitCycles < 0) {
                throw new IllegalArgumentException("warm-up ≥ 0, measurement ≥ 1 and drain limit ≥ 0 cycles, got " + warmupCycles + ", " + measureCycles
                                + ", " + drainLimitCycles);
            }
        }

        /** Warm-up of a fifth of {@code cycles}, the rest measured, and as long again to drain. */
        public static Phases of(long cycles) {
            long warmup = cycles / 5;
            return new Phases(warmup, Math.max(1, cycles - warmup), Math.max(1000, cycles));
        }
    }

    /** What one load point measured. */
    public record Result(String pattern, double offered, double injected, double accepted, double meanLatency, long p50Latency, long p99Latency,
                    long maxLatency, double meanNetworkLatency, double meanHops, long packetsMeasured, boolean saturated, long cycles, long flitHops,
                    double seconds) {

        /** Flit-hops simulated per wall-clock second. */
        public double flitHopsPerSecond() {
            return seconds == 0 ? 0 : flitHops / seconds;
        }
    }

    private OpenLoop() {
    }

    /**
     * Whether the sources could not inject what was offered: their queues grew, so the network is
     * past saturation even if the measured packets happened to drain. Needs enough packets that a
     * 5% shortfall is not chance (≥ 400 expected packets make it over 2.5 standard deviations).
     */
    private static boolean fellBehind(Statistics stats, double rate, int packetFlits) {
        double expectedPackets = rate / packetFlits * stats.tiles() * stats.windowCycles();
        return expectedPackets >= 400 && stats.injectedThroughput() < 0.95 * rate;
    }

    /** Runs one load point on a fresh machine built from {@code config}. */
    public static Result run(MachineConfig config, String patternSpec, double rate, int packetFlits, Phases phases, long seed) {
        Engine engine = new Engine();
        Network network = Network.create(config, engine);
        return run(network, TrafficPattern.parse(patternSpec, network.topology()), rate, packetFlits, phases, seed);
    }

    /** Runs one load point on {@code network}, which must be fresh (nothing sent yet). */
    public static Result run(Network network, TrafficPattern pattern, double rate, int packetFlits, Phases phases, long seed) {
        long started = System.nanoTime();
        Engine engine = network.engine();
        long measureStart = engine.nowCycle() + phases.warmupCycles();
        long measureEnd = measureStart + phases.measureCycles();
        long drainEnd = measureEnd + phases.drainLimitCycles();
        new SyntheticTraffic(network, pattern, rate, packetFlits, engine.nowCycle(), drainEnd, seed);
        Statistics stats = network.statistics();
        engine.runUntil(Cycles.of(measureStart));
        stats.startWindow(measureStart);
        engine.runUntil(Cycles.of(measureEnd));
        stats.endWindow(measureEnd);
        boolean drained = engine.runUntil(() -> stats.packetsDelivered() >= stats.packetsGenerated(), Cycles.of(drainEnd));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(pattern.name(), rate, stats.injectedThroughput(), stats.acceptedThroughput(), stats.packetLatency().mean(),
                        stats.packetLatency().percentile(0.5), stats.packetLatency().percentile(0.99), stats.packetLatency().max(),
                        stats.networkLatency().mean(), stats.meanHops(), stats.packetsDelivered(), !drained || fellBehind(stats, rate, packetFlits),
                        engine.nowCycle(), stats.totalFlitHops(), seconds);
    }
}
