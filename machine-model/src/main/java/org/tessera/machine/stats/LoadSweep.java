package org.tessera.machine.stats;

import java.util.List;

/**
 * A load sweep: one machine and one traffic pattern, measured at several offered loads — what
 * {@code tilesim} reports, exports and plots.
 */
public record LoadSweep(Setup setup, List<LoadPoint> points) {
    public LoadSweep {
        points = List.copyOf(points);
    }

    /**
     * What was run. Everything here is an input (no wall-clock time), so the same setup gives the
     * same sweep.
     *
     * @param capacity the ideal throughput of the pattern on this topology in flits per tile per
     *                 cycle, or NaN if not known
     */
    public record Setup(String config, String topology, int tiles, int routers, double clockMhz, String pattern, int packetFlits, long packetBytes,
                    long seed, long warmupCycles, long measureCycles, long drainLimitCycles, double capacity) {
    }
}
