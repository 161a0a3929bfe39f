package org.tessera.machine.network;

import java.util.Arrays;

/**
 * Every packet in flight, one row each (struct of arrays); rows are recycled when a packet is
 * delivered, so the table only grows to the peak number of packets in flight.
 */
final class Packets {
    static final int NONE = -1;

    int[] source = new int[0];
    int[] destination = new int[0];
    int[] flits = new int[0];
    /** Flits that reached the destination interface so far. */
    int[] ejected = new int[0];
    /** Routers the head has traversed so far. */
    int[] hops = new int[0];
    /** The next packet in the source interface's queue. */
    int[] next = new int[0];
    long[] generatedCycle = new long[0];
    long[] injectedCycle = new long[0];
    Message[] message = new Message[0];

    private int[] free = new int[0];
    private int freeCount;
    private int inUse;

    int allocate(Message owner, int from, int to, int flitCount, long cycle) {
        if (freeCount == 0) {
            grow();
        }
        int row = free[--freeCount];
        source[row] = from;
        destination[row] = to;
        flits[row] = flitCount;
        ejected[row] = 0;
        hops[row] = 0;
        next[row] = NONE;
        generatedCycle[row] = cycle;
        injectedCycle[row] = -1;
        message[row] = owner;
        inUse++;
        return row;
    }

    void release(int row) {
        message[row] = null;
        free[freeCount++] = row;
        inUse--;
    }

    int inUse() {
        return inUse;
    }

    private void grow() {
        int old = source.length;
        int capacity = Math.max(256, old * 2);
        source = Arrays.copyOf(source, capacity);
        destination = Arrays.copyOf(destination, capacity);
        flits = Arrays.copyOf(flits, capacity);
        ejected = Arrays.copyOf(ejected, capacity);
        hops = Arrays.copyOf(hops, capacity);
        next = Arrays.copyOf(next, capacity);
        generatedCycle = Arrays.copyOf(generatedCycle, capacity);
        injectedCycle = Arrays.copyOf(injectedCycle, capacity);
        message = Arrays.copyOf(message, capacity);
        free = Arrays.copyOf(free, capacity);
        // Hand out low rows first, so runs touch memory in the same order every time.
        for (int row = capacity - 1; row >= old; row--) {
            free[freeCount++] = row;
        }
    }
}
