package org.tessera.machine.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.traffic.OpenLoop;
import org.tessera.machine.traffic.OpenLoop.Phases;

/**
 * Uniform random traffic with dimension-order routing against the bisection bounds of D&amp;T §3.3:
 * a k×k mesh carries at most 4/k flits per tile per cycle and a k×k torus 8/k. The simulated
 * saturation throughput must stay under the bound and reach a fair share of it; latency at 10%
 * load must be within 10% of zero-load latency, and must rise sharply (a knee) near saturation.
 */
class SaturationTest {
    private static final Phases PHASES = new Phases(1_000, 6_000, 6_000);

    @ParameterizedTest(name = "{0}×{0} {1}")
    @CsvSource({"8, mesh, 4, 0.70, '{}'", "6, mesh, 4, 0.70, '{}'", "8, torus, 8, 0.60, '{virtual_channels: 4, buffer_depth: 8}'",
                    "10, torus, 8, 0.60, '{virtual_channels: 4, buffer_depth: 8}'"})
    void saturationThroughputWithinBisectionBound(int k, String kind, double boundTimesK, double fraction, String network) {
        MachineConfig config = Machines.of("{kind: " + kind + ", dimensions: [" + k + ", " + k + "]}", network);
        double capacity = boundTimesK / k;
        double saturation = 0;
        OpenLoop.Result knee = null;
        // Up to 30% past the bound, but never past one flit per tile per cycle (the injection channel).
        for (double rate = 0.1 * capacity; rate <= Math.min(1.3 * capacity, 1.0) + 1e-9; rate += 0.1 * capacity) {
            OpenLoop.Result r = OpenLoop.run(config, "uniform", Math.min(rate, 1.0), 1, PHASES, 7);
            saturation = Math.max(saturation, r.accepted());
            if (r.saturated() && knee == null) {
                knee = r;
            }
        }
        assertTrue(saturation <= capacity * 1.001, () -> "accepted throughput above the bisection bound " + capacity);
        double s = saturation;
        assertTrue(saturation >= fraction * capacity, () -> "saturation " + s + " is below " + fraction + " of the bound " + capacity);

        double zeroLoad = meanZeroLoadLatency(config);
        OpenLoop.Result light = OpenLoop.run(config, "uniform", 0.1 * capacity, 1, PHASES, 7);
        assertFalse(light.saturated());
        assertTrue(Math.abs(light.meanLatency() - zeroLoad) <= 0.1 * zeroLoad,
                        () -> "latency at 10% load " + light.meanLatency() + " vs zero-load " + zeroLoad);
        // The knee: past saturation, latency is many times zero-load; half-way there it is not.
        OpenLoop.Result half = OpenLoop.run(config, "uniform", 0.5 * saturation, 1, PHASES, 7);
        assertTrue(half.meanLatency() < 1.5 * zeroLoad, () -> "latency at half the saturation load " + half.meanLatency());
        assertTrue(knee != null && knee.meanLatency() > 10 * zeroLoad, "latency shoots up past saturation");
    }

    /** The mean of H·(t_r + t_l) + 1 over all (source, destination) pairs, as uniform traffic picks them. */
    private static double meanZeroLoadLatency(MachineConfig config) {
        Network network = Network.create(config, new Engine());
        int n = network.topology().tiles();
        double sum = 0;
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                sum += network.zeroLoadLatency(from, to, 1);
            }
        }
        return sum / ((double) n * n);
    }
}
