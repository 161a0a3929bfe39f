package org.tessera.machine.stats;

/**
 * The hook through which a model of the tiles' cores reports how busy each core was in the
 * measurement window. The network alone knows only its interfaces (a tile's interface is busy in
 * each cycle it writes a flit); exports add a core's busy and idle cycles when given one of these.
 */
@FunctionalInterface
public interface ComputeActivity {
    /** Cycles of the measurement window in which {@code tile}'s core was busy. */
    long busyCycles(int tile);
}
