package org.tessera.machine.network;

import java.util.Arrays;

/**
 * Ints due at a future cycle no more than {@code horizon} cycles ahead: a ring of buckets indexed
 * by cycle modulo (horizon + 1). Used for credits on their way back and flits on the ejection
 * channel, so only items in flight take memory.
 */
final class TimingWheel {
    private final int[][] buckets;
    private final int[] sizes;
    private long pending;

    TimingWheel(int horizon) {
        buckets = new int[horizon + 1][];
        sizes = new int[horizon + 1];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new int[16];
        }
    }

    void add(long cycle, int value) {
        int slot = (int) (cycle % buckets.length);
        int size = sizes[slot];
        if (size == buckets[slot].length) {
            buckets[slot] = Arrays.copyOf(buckets[slot], size * 2);
        }
        buckets[slot][size] = value;
        sizes[slot] = size + 1;
        pending++;
    }

    /** The items due at {@code cycle} are {@code bucket(cycle)[0 .. size(cycle))}. */
    int[] bucket(long cycle) {
        return buckets[(int) (cycle % buckets.length)];
    }

    int size(long cycle) {
        return sizes[(int) (cycle % buckets.length)];
    }

    void clear(long cycle) {
        int slot = (int) (cycle % buckets.length);
        pending -= sizes[slot];
        sizes[slot] = 0;
    }

    boolean isEmpty() {
        return pending == 0;
    }
}
