package org.tessera.machine.program;

import java.util.Arrays;

/**
 * What a task did, in order, as it ran for real: compute spans and the operations that need the
 * network or another tile, each a kind in the top byte of a {@code long} and a value in the rest,
 * some followed by operand words. Parallel regions replay these on the engine.
 */
final class OpBuffer {
    /** Compute for value cycles. */
    static final int COMPUTE = 1;
    /** The core stopped for a collection for value cycles; operand: its log index. */
    static final int GC_PAUSE = 2;
    /** Waiting value cycles for a collector unit (the thread is held, the core idle). */
    static final int GC_WAIT = 3;
    /** A round trip; value: far tile | kind &lt;&lt; 32; operands: request bytes, response bytes, service cycles, log index. */
    static final int REMOTE = 4;
    /** Move to a tile; value: tile | kind &lt;&lt; 32; operand: message bytes. */
    static final int MIGRATE = 5;
    /** Wait for every task of the region that reaches this barrier. */
    static final int BARRIER = 6;
    /** Parent only: start task value. */
    static final int SPAWN = 7;
    /** Parent only: wait for every task's result. */
    static final int JOIN = 8;
    static final int END = 9;

    private static final long VALUE_MASK = (1L << 56) - 1;
    private static final Transport.Kind[] KINDS = Transport.Kind.values();

    private long[] words = new long[256];
    private int size;

    void add(long word) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size++] = word;
    }

    void op(int kind, long value) {
        add((long) kind << 56 | value);
    }

    void compute(long cycles) {
        if (cycles > 0) {
            op(COMPUTE, cycles);
        }
    }

    void remote(int tile, Transport.Kind kind, long requestBytes, long responseBytes, long service, int logIndex) {
        op(REMOTE, tile | (long) kind.ordinal() << 32);
        add(requestBytes);
        add(responseBytes);
        add(service);
        add(logIndex);
    }

    void migrate(int tile, Transport.Kind kind, long bytes) {
        op(MIGRATE, tile | (long) kind.ordinal() << 32);
        add(bytes);
    }

    /** Inserts an operation at word {@code at} (a JOIN before the parent's tail). */
    void insert(int at, int kind, long value) {
        add(0);
        System.arraycopy(words, at, words, at + 1, size - 1 - at);
        words[at] = (long) kind << 56 | value;
    }

    int size() {
        return size;
    }

    long word(int i) {
        return words[i];
    }

    static int kind(long word) {
        return (int) (word >>> 56);
    }

    static long value(long word) {
        return word & VALUE_MASK;
    }

    static int tile(long value) {
        return (int) (value & 0xFFFF_FFFFL);
    }

    static Transport.Kind messageKind(long value) {
        return KINDS[(int) (value >>> 32)];
    }
}
