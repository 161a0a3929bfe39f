package org.tessera.machine.cli;

import org.tessera.machine.topology.Exchange;
import org.tessera.machine.topology.FatTree;
import org.tessera.machine.topology.Grid;
import org.tessera.machine.topology.Hypercube;
import org.tessera.machine.topology.Mesh;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.topology.Torus;

/**
 * The ideal throughput of uniform random traffic (Dally &amp; Towles §3.3.1): one flit per cycle
 * over the most loaded channel, in flits per tile per cycle, and never more than the one flit per
 * cycle a tile's injection and ejection channels carry. On a k-ary mesh the bisection channels carry
 * k/4 flits per unit of load for even k, (k² − 1)/4k for odd k; a torus halves that; a hypercube,
 * a fat tree and a crossbar exchange are limited by the terminals.
 */
final class Capacity {
    private Capacity() {
    }

    /** Flits per tile per cycle, or NaN for a pattern other than {@code uniform}. */
    static double of(String pattern, Topology topology) {
        if (!pattern.equals("uniform")) {
            return Double.NaN;
        }
        double load = switch (topology) {
            case Mesh m -> bisectionLoad(m.grid());
            case Torus t -> bisectionLoad(t.grid()) / 2;
            case Hypercube h -> 0.5;
            case FatTree f -> 1;
            case Exchange x -> 1;
        };
        return Math.min(1, 1 / load);
    }

    /** The mesh's largest channel load per unit of injected load, over the dimension of largest radix. */
    private static double bisectionLoad(Grid grid) {
        int k = 1;
        for (int d = 0; d < grid.dimensions(); d++) {
            k = Math.max(k, grid.radix(d));
        }
        return k % 2 == 0 ? k / 4.0 : (k * (double) k - 1) / (4.0 * k);
    }
}
