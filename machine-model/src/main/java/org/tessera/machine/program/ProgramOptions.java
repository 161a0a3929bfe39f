package org.tessera.machine.program;

import java.util.Objects;

import org.tessera.machine.config.MachineConfig;

/**
 * How a program is mapped onto a machine.
 *
 * @param machine   the machine (topology, tiles, network, memory)
 * @param costs     what the language runtime costs per event
 * @param placement which tile each object lives on
 * @param execution where calls run
 * @param gc        who collects a full tile heap
 * @param seed      for {@link Placement#HASH}; the model draws no other random numbers
 * @param tileLimit use only tiles 0 … tileLimit − 1 for objects and tasks (0: every tile), e.g.
 *                  to run a parallel region "on 1 tile" of a machine; the network stays the
 *                  machine's
 */
public record ProgramOptions(MachineConfig machine, CostTable costs, Placement placement, Execution execution, GcMode gc, long seed, int tileLimit) {

    public ProgramOptions {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(gc, "gc");
        if (tileLimit < 0 || tileLimit > machine.tileCount()) {
            throw new IllegalArgumentException("cannot use " + tileLimit + " tiles of " + machine.name() + ", which has " + machine.tileCount());
        }
    }

    /** Every tile of the machine. */
    public ProgramOptions(MachineConfig machine, CostTable costs, Placement placement, Execution execution, GcMode gc, long seed) {
        this(machine, costs, placement, execution, gc, seed, 0);
    }

    /** The tiles objects and tasks may use. */
    public int tilesUsed() {
        return tileLimit == 0 ? machine.tileCount() : tileLimit;
    }

    public ProgramOptions withPlacement(Placement other) {
        return new ProgramOptions(machine, costs, other, execution, gc, seed, tileLimit);
    }

    public ProgramOptions withExecution(Execution other) {
        return new ProgramOptions(machine, costs, placement, other, gc, seed, tileLimit);
    }

    public ProgramOptions withGc(GcMode other) {
        return new ProgramOptions(machine, costs, placement, execution, other, seed, tileLimit);
    }

    public ProgramOptions withCosts(CostTable other) {
        return new ProgramOptions(machine, other, placement, execution, gc, seed, tileLimit);
    }

    public ProgramOptions withTileLimit(int tiles) {
        return new ProgramOptions(machine, costs, placement, execution, gc, seed, tiles);
    }
}
