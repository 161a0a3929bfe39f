package org.tessera.machine.program;

import java.math.BigInteger;

/**
 * The PCIe-like link between the host and the device: two directions, each carrying one transfer
 * at a time. A transfer of {@code b} payload bytes is a message of {@link #HEADER_BYTES} + b bytes;
 * it starts when its direction is free (transfers queue in the order they are sent), occupies the
 * direction for its serialisation time, size ÷ bandwidth (rounded up to a picosecond), and arrives
 * {@code latency} after its last byte left. On an idle link a transfer therefore takes exactly
 * latency + size ÷ bandwidth; back-to-back transfers in one direction overlap their latencies but
 * not their bytes.
 *
 * <p>Time is in picoseconds, the unit shared by the host's and the device's clocks.
 */
final class HostLink {
    /**
     * Bytes each transfer adds to its payload: a PCIe transaction-layer packet's 12–16-byte header
     * plus the data-link layer's 2-byte sequence number and 4-byte LCRC and the physical layer's
     * framing (PCI Express Base Specification; Neugebauer et al., SIGCOMM 2018, §2 put the overhead
     * of a small transfer at 20–30 bytes).
     */
    static final long HEADER_BYTES = 24;
    static final long PICOS_PER_SECOND = 1_000_000_000_000L;

    /** A direction of the link. */
    enum Direction {
        TO_DEVICE("to device"), TO_HOST("to host");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private final long latencyPicos;
    private final long bytesPerSecond;
    private final long[] freeAt = new long[2];
    final long[] transfers = new long[2];
    final long[] bytes = new long[2];
    final long[] busyPicos = new long[2];

    HostLink(long latencyPicos, long bytesPerSecond) {
        if (latencyPicos < 0) {
            throw new IllegalArgumentException("a link latency cannot be negative: " + latencyPicos + " ps");
        }
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("a link needs a positive bandwidth, not " + bytesPerSecond + " bytes/s");
        }
        this.latencyPicos = latencyPicos;
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Sends {@code payload} bytes (plus the header) at {@code sentPicos}; when they have arrived. */
    long send(Direction direction, long payload, long sentPicos) {
        int d = direction.ordinal();
        long size = HEADER_BYTES + Math.max(0, payload);
        long start = Math.max(sentPicos, freeAt[d]);
        long serialisation = serialisationPicos(size);
        freeAt[d] = start + serialisation;
        transfers[d]++;
        bytes[d] += size;
        busyPicos[d] += serialisation;
        return start + serialisation + latencyPicos;
    }

    /** Picoseconds {@code size} bytes occupy a direction: size ÷ bandwidth, rounded up. */
    long serialisationPicos(long size) {
        BigInteger[] qr = BigInteger.valueOf(size).multiply(BigInteger.valueOf(PICOS_PER_SECOND)).divideAndRemainder(BigInteger.valueOf(bytesPerSecond));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    long latencyPicos() {
        return latencyPicos;
    }

    long bytesPerSecond() {
        return bytesPerSecond;
    }
}
