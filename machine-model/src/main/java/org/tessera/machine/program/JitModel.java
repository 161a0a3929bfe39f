package org.tessera.machine.program;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * A model of JIT compilation, plugged into a {@link ProgramModel} (the {@code jit-worker} module
 * provides one through the {@code jit} instrument's {@link Factory} service).
 *
 * <p>The program model tells it what the program does that a JIT cares about — a function entered,
 * a loop back-edge, a specialisation that failed (a value of a type the site had not seen) — each
 * on the tile running it at that tile's cycle; it answers with the cycles the tile must stop for a
 * compilation it waits for (blocking compilation) and with the tier of the code a tile runs, which
 * chooses the {@linkplain #costs cost table} the tile pays. Calls arrive in program order; cycles
 * never go backwards between two calls about the same tile outside parallel regions.
 */
public interface JitModel {

    /** What the {@code jit} instrument registers: makes the model for one run, or none. */
    interface Factory {
        /** A model for this run, or null if the JIT model is off. */
        JitModel create();

        /** The run will not use it (the tile machine is off): the factory may say so. */
        default void unused() {
        }
    }

    /** Once, before the first event. */
    void attach(JitHost host);

    /** The cost table of compiled code of {@code tier} (1 … {@link #tiers()}); tier 0 is the program model's own. */
    CostTable costs(int tier);

    /** How many compiled tiers there are (1 or 2). */
    int tiers();

    /**
     * A function the program model saw for the first time: ids are dense from 0 in that order.
     * {@code astNodes} counts the nodes of its tree when asked (trees grow as they specialise).
     */
    void newFunction(int function, String name, IntSupplier astNodes);

    /** {@code function} is entered on {@code tile} at {@code now}, called from {@code caller} (-1: from outside any function). Returns cycles to stop. */
    long enter(int function, int caller, int tile, long now);

    /** {@code function} stops running on {@code tile} at {@code now} (returns, raises or yields). */
    void exit(int function, int tile, long now);

    /** A loop back-edge in {@code function}. Returns cycles to stop. */
    long backEdge(int function, int tile, long now);

    /** A site of {@code function} met a type it had not met before. Returns cycles to stop. */
    long specialisationFailed(int function, int tile, long now);

    /** The tier of {@code function}'s code on {@code tile} at {@code now}: 0 interpreted, else the compiled tier it runs. */
    int tier(int function, int tile, long now);

    /** The program ended at {@code now}. */
    void finish(long now);

    /** Lines for the run's summary (each without a line break). */
    List<String> summary();

    /** Writes its part of the report into {@code dir} (which exists). */
    void writeReport(Path dir) throws IOException;
}
