package org.tessera.machine.network;

/**
 * The input buffers of every router: for each input port, {@code vcs} virtual channels, each a
 * FIFO of {@code depth} flit slots. A virtual channel's global index is
 * {@code (router * ports + port) * vcs + vc}. Alongside each flit the buffer keeps the cycle it
 * becomes eligible for switch allocation (its arrival plus the router pipeline); alongside each
 * channel, the route and output channel of the packet at its head.
 *
 * <p>Cycle numbers here are stored as {@code int} and compared by subtraction, which is exact as
 * long as they lie within 2^31 cycles of the present, as in-flight flits always do. That halves
 * the memory of a million-router mesh.
 */
final class InputBuffers {
    static final int UNROUTED = -1;
    static final int NO_CHANNEL = -1;

    final int ports;
    final int vcs;
    final int depth;
    /**
     * Per slot {@code vc * depth + i}, two ints side by side (one cache line serves both): the flit
     * word ({@link Flit}) at {@code 2·slot} and, at {@code 2·slot + 1}, the cycle (mod 2^32) from
     * which it may compete for the switch.
     */
    final int[] slots;
    /**
     * Per virtual channel, {@link #STRIDE} ints side by side: the slot of its oldest flit
     * ({@link #HEAD}), how many flits it holds ({@link #COUNT}), the {@code Route} of the packet at
     * its head or {@link #UNROUTED} ({@link #ROUTE}), and the downstream channel that packet holds or
     * {@link #NO_CHANNEL} ({@link #OUT}). Interleaved because a wafer-sized mesh is memory-bound:
     * one miss instead of four.
     */
    final int[] state;
    static final int STRIDE = 4;
    static final int HEAD = 0;
    static final int COUNT = 1;
    static final int ROUTE = 2;
    static final int OUT = 3;
    /** Flits held per input port and per router. */
    final int[] portFlits;
    final int[] routerFlits;
    private long total;

    InputBuffers(int routers, int ports, int vcs, int depth) {
        this.ports = ports;
        this.vcs = vcs;
        this.depth = depth;
        int channels = Math.multiplyExact(Math.multiplyExact(routers, ports), vcs);
        slots = new int[Math.multiplyExact(Math.multiplyExact(channels, depth), 2)];
        state = new int[Math.multiplyExact(channels, STRIDE)];
        for (int c = 0; c < channels; c++) {
            state[c * STRIDE + ROUTE] = UNROUTED;
            state[c * STRIDE + OUT] = NO_CHANNEL;
        }
        portFlits = new int[routers * ports];
        routerFlits = new int[routers];
    }

    /** Appends a flit to virtual channel {@code vc} (the caller holds a credit for the slot). */
    void push(int vc, int flitWord, long eligibleCycle) {
        int s = vc * STRIDE;
        int n = state[s + COUNT];
        int slot = state[s + HEAD] + n;
        if (slot >= depth) {
            slot -= depth;
        }
        slot = (slot + vc * depth) << 1;
        slots[slot] = flitWord;
        slots[slot + 1] = (int) eligibleCycle;
        state[s + COUNT] = n + 1;
        int port = vc / vcs;
        portFlits[port]++;
        routerFlits[port / ports]++;
        total++;
    }

    /** Removes and returns the oldest flit of virtual channel {@code vc}. */
    int pop(int vc) {
        int s = vc * STRIDE;
        int h = state[s + HEAD];
        int word = slots[(vc * depth + h) << 1];
        state[s + HEAD] = h + 1 == depth ? 0 : h + 1;
        state[s + COUNT]--;
        int port = vc / vcs;
        portFlits[port]--;
        routerFlits[port / ports]--;
        total--;
        return word;
    }

    /** The flit at the head of virtual channel {@code vc}, which must not be empty. */
    int headFlit(int vc) {
        return slots[(vc * depth + state[vc * STRIDE + HEAD]) << 1];
    }

    /** Free slots of virtual channel {@code vc}. */
    int space(int vc) {
        return depth - state[vc * STRIDE + COUNT];
    }

    /** Flits held in all buffers. */
    long total() {
        return total;
    }
}
