package org.tessera.machine.program;

/** What a {@link JitModel} may ask of, and do on, the machine a program runs on. */
public interface JitHost {
    /** Tiles of the machine. */
    int tiles();

    /** The tiles the program's objects and tasks use: 0 … programTiles() − 1. */
    int programTiles();

    /** Cycles a message of {@code bytes} takes from one tile to another on an idle network. */
    long latency(int from, int to, long bytes);

    /**
     * Sends {@code bytes} of compiled code from {@code from} to {@code to} at cycle {@code sent}; the
     * cycle it is usable there. The message is counted (messages, bytes, link flits, the trace) as
     * one that crossed an idle network.
     */
    long shipCode(int from, int to, long bytes, long sent);

    /** {@code tile}'s core compiled from {@code start} for {@code cycles} (busy time, and a slice in the trace). */
    void compiling(int tile, long start, long cycles, String function);

    /** A tile's label for people: its coordinates or number. */
    String tileLabel(int tile);

    /** Cycles per microsecond of the tiles' clock. */
    double clockMhz();
}
