package org.tessera.machine.bsp;

import org.tessera.machine.time.Cycles;

/**
 * The phases of one superstep: compute from {@code start} until the last tile finished
 * ({@code computeEnd}), the barrier until {@code syncEnd}, the exchange until the last message
 * arrived ({@code end}). {@code hRelationBytes} is h of the exchange: the most bytes any one tile
 * sent or received.
 */
public record SuperstepResult(Cycles start, Cycles computeEnd, Cycles syncEnd, Cycles end, long messages, long bytes, long hRelationBytes) {

    public Cycles computeCycles() {
        return computeEnd.since(start);
    }

    public Cycles syncCycles() {
        return syncEnd.since(computeEnd);
    }

    public Cycles exchangeCycles() {
        return end.since(syncEnd);
    }

    public Cycles totalCycles() {
        return end.since(start);
    }
}
