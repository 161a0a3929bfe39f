package org.tessera.machine.bsp;

import java.util.List;

/** One superstep's work: the compute cycles of every tile (by tile number) and the exchange that follows. */
public final class Superstep {
    private final long[] computeCycles;
    private final List<Transfer> exchange;

    private Superstep(long[] computeCycles, List<Transfer> exchange) {
        this.computeCycles = computeCycles;
        this.exchange = exchange;
    }

    /** {@code computeCycles[t]} cycles of work on tile t (0: none), then {@code exchange}. */
    public static Superstep of(long[] computeCycles, List<Transfer> exchange) {
        for (int t = 0; t < computeCycles.length; t++) {
            if (computeCycles[t] < 0) {
                throw new IllegalArgumentException("tile " + t + " cannot compute for " + computeCycles[t] + " cycles");
            }
        }
        return new Superstep(computeCycles.clone(), List.copyOf(exchange));
    }

    /** The number of tiles the compute phase describes. */
    public int tiles() {
        return computeCycles.length;
    }

    public long computeCycles(int tile) {
        return computeCycles[tile];
    }

    public List<Transfer> exchange() {
        return exchange;
    }
}
