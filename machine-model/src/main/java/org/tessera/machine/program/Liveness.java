package org.tessera.machine.program;

import java.util.function.IntConsumer;

/**
 * The program's real liveness, asked for whenever a tile collects: the instrument walks the object
 * graph from the program's roots (frames and globals) through its actual references.
 */
@FunctionalInterface
public interface Liveness {
    /** Calls live.accept(id) for every tracked object reachable from the program's roots. */
    void markLive(IntConsumer live);
}
