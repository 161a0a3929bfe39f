package org.tessera.machine.network;

/**
 * Credit-based flow control (Dally &amp; Towles §13.3): each output virtual channel counts the free
 * slots of the input buffer it feeds. Sending a flit spends a credit; when the flit leaves the
 * downstream buffer the credit travels back and is usable {@code latency} cycles later. A link
 * streams one flit per cycle only if the buffer covers the round trip:
 * depth ≥ router latency + link latency + credit latency.
 */
final class CreditCounters {
    /**
     * Per output virtual channel c (same indexing as {@link InputBuffers}): its credits at
     * {@code 2c}, and at {@code 2c + 1} the input channel whose packet holds it or
     * {@link VirtualChannelAllocator#FREE} (kept here, side by side, for the allocator: both are
     * read together when a head looks for a channel).
     */
    final int[] credits;
    private final TimingWheel returning;
    private final int latency;

    CreditCounters(int channels, int latency) {
        this.credits = new int[Math.multiplyExact(channels, 2)];
        for (int c = 0; c < channels; c++) {
            credits[2 * c + 1] = VirtualChannelAllocator.FREE;
        }
        this.returning = new TimingWheel(latency);
        this.latency = latency;
    }

    void consume(int channel) {
        credits[channel << 1]--;
    }

    /** A flit left the buffer fed by {@code channel} at {@code cycle}; its credit returns. */
    void sendBack(int channel, long cycle) {
        returning.add(cycle + latency, channel);
    }

    /** Adds the credits arriving at {@code cycle}. */
    void collect(long cycle) {
        int n = returning.size(cycle);
        if (n > 0) {
            int[] bucket = returning.bucket(cycle);
            for (int i = 0; i < n; i++) {
                credits[bucket[i] << 1]++;
            }
            returning.clear(cycle);
        }
    }

    /** Sets the credits of output channel {@code channel} (at start-up: the downstream depth). */
    void set(int channel, int value) {
        credits[channel << 1] = value;
    }

    boolean inFlight() {
        return !returning.isEmpty();
    }
}
