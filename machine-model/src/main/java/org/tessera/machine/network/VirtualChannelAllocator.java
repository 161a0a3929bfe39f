package org.tessera.machine.network;

/**
 * Virtual-channel allocation: a packet's head claims a free output virtual channel in the range
 * its route allows and holds it until its tail has passed (so flits of two packets never mix in
 * one downstream channel). Lowest free channel first.
 */
final class VirtualChannelAllocator {
    static final int FREE = -1;

    /** {@link CreditCounters#credits}: per output channel c, credits at 2c and the holder at 2c + 1. */
    private final int[] state;
    private final int vcs;

    VirtualChannelAllocator(CreditCounters credits, int vcs) {
        this.state = credits.credits;
        this.vcs = vcs;
    }

    /**
     * A free output channel of output port {@code outPort} (global index) among
     * {@code first .. first+count-1} with at least {@code neededCredits} credits, or -1.
     */
    int findFree(int outPort, int first, int count, int neededCredits) {
        int base = outPort * vcs + first;
        for (int c = base; c < base + count; c++) {
            if (state[2 * c + 1] == FREE && state[2 * c] >= neededCredits) {
                return c;
            }
        }
        return -1;
    }

    void claim(int outputChannel, int inputChannel) {
        state[2 * outputChannel + 1] = inputChannel;
    }

    void release(int outputChannel) {
        state[2 * outputChannel + 1] = FREE;
    }
}
