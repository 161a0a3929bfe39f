package org.tessera.machine.traffic;

import org.tessera.machine.engine.Clocked;
import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.network.Network;

/**
 * Open-loop Bernoulli traffic (D&amp;T §23.1): in every cycle of [start, end) each tile starts a
 * packet with probability p = rate / flits, so the offered load is {@code rate} flits per tile per
 * cycle. Instead of a coin per tile per cycle, the gaps between successes over the (cycle, tile)
 * sequence are drawn from the geometric distribution, so idle tiles cost nothing and a sparse load
 * on a million-tile mesh is cheap. Packets are made in the delivery phase, so interfaces can
 * start injecting them in the same cycle.
 */
public final class SyntheticTraffic implements Clocked {
    private final Network network;
    private final TrafficPattern pattern;
    private final int flits;
    private final double probability;
    private final long endCycle;
    private final int tiles;
    private final DeterministicRandom random;
    private long next;
    private long generated;

    /**
     * @param rate offered load in flits per tile per cycle (at most {@code flits})
     */
    public SyntheticTraffic(Network network, TrafficPattern pattern, double rate, int flits, long startCycle, long endCycle, long seed) {
        if (!(rate >= 0) || rate > flits) {
            throw new IllegalArgumentException("injection rate must be between 0 and " + flits + " flits per tile per cycle, got " + rate);
        }
        if (flits < 1) {
            throw new IllegalArgumentException("packets need at least one flit, got " + flits);
        }
        this.network = network;
        this.pattern = pattern;
        this.flits = flits;
        this.probability = rate / flits;
        this.endCycle = endCycle;
        this.tiles = network.topology().tiles();
        this.random = DeterministicRandom.stream(seed, 1);
        this.next = probability == 0 ? Long.MAX_VALUE : Math.multiplyExact(startCycle, (long) tiles) + random.geometricGap(probability) - 1;
        network.engine().register(this);
    }

    @Override
    public long nextActiveCycle(long fromCycle) {
        long cycle = next == Long.MAX_VALUE ? Long.MAX_VALUE : next / tiles;
        return cycle >= endCycle ? Long.MAX_VALUE : Math.max(cycle, fromCycle);
    }

    @Override
    public void deliver(long cycle) {
        if (cycle >= endCycle) {
            return;
        }
        long limit = (cycle + 1) * tiles;
        while (next < limit) {
            int source = (int) (next % tiles);
            int destination = pattern.destination(source, random);
            if (network.isObserved() && flits <= network.config().maxPacketFlits()) {
                // A message object per packet, so a trace recorder sees it; same timing.
                network.send(source, destination, (long) flits * network.config().flitBytes(), null, null);
            } else {
                network.sendPacket(source, destination, flits);
            }
            generated++;
            next += random.geometricGap(probability);
        }
    }

    @Override
    public void advance(long cycle) {
    }

    /** Packets generated so far. */
    public long generated() {
        return generated;
    }
}
