package org.tessera.machine.collective;

import static org.tessera.machine.collective.Schedule.Builder.COMBINE;
import static org.tessera.machine.collective.Schedule.Builder.STORE;

/**
 * Algorithms that only talk to ring neighbours q ± 1 (mod p). Chains (broadcast, reduce, scatter,
 * gather) run from rank 0 to p − 1 without the wrap-around link; reduce-scatter and all-gather use
 * the whole ring, one block per step (Thakur et al. 2005 §4.2; Patarasuk &amp; Yuan, "Bandwidth optimal
 * all-reduce algorithms for clusters of workstations", JPDC 69(2), 2009). Every method returns the
 * next free round.
 */
final class Ring {
    private Ring() {
    }

    /**
     * Elements [0, length) from rank 0 down the chain in segments of {@code segment} elements:
     * segment s crosses link q → q+1 in round s + q, so with S segments the pipeline takes
     * p − 2 + S rounds.
     */
    static int chainBroadcast(Schedule.Builder b, int round, int p, long length, long segment) {
        int segments = segments(length, segment);
        for (int s = 0; s < segments; s++) {
            long lo = Math.min(length, s * segment);
            long hi = Math.min(length, lo + segment);
            for (int q = 0; q + 1 < p; q++) {
                b.message(round + s + q, q, q + 1, lo, hi, STORE);
            }
        }
        return p < 2 ? round : round + segments + p - 2;
    }

    /** The sum of [0, length) up the chain to rank 0: segment s crosses q → q−1 in round s + (p − 1 − q). */
    static int chainReduce(Schedule.Builder b, int round, int p, long length, long segment) {
        int segments = segments(length, segment);
        for (int s = 0; s < segments; s++) {
            long lo = Math.min(length, s * segment);
            long hi = Math.min(length, lo + segment);
            for (int q = p - 1; q >= 1; q--) {
                b.message(round + s + (p - 1 - q), q, q - 1, lo, hi, COMBINE);
            }
        }
        return p < 2 ? round : round + segments + p - 2;
    }

    private static int segments(long length, long segment) {
        long count = Math.max(1, (length + segment - 1) / segment);
        if (count > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException(length + " elements make too many segments of " + segment + "; raise collective.segment_bytes");
        }
        return (int) count;
    }

    /** Block j from rank 0 to rank j along the chain, farthest block first: block j crosses i−1 → i in round (p−1−j) + (i−1). */
    static int scatter(Schedule.Builder b, int round, int p, Partition blocks) {
        for (int block = p - 1; block >= 1; block--) {
            for (int i = 1; i <= block; i++) {
                b.message(round + (p - 1 - block) + (i - 1), i - 1, i, blocks.start(block), blocks.end(block), STORE);
            }
        }
        return round + Math.max(0, p - 1);
    }

    /** Block j from rank j to rank 0: block j crosses i → i−1 in round j − i, so each rank sends its own block first. */
    static int gather(Schedule.Builder b, int round, int p, Partition blocks) {
        for (int block = 1; block < p; block++) {
            for (int i = block; i >= 1; i--) {
                b.message(round + block - i, i, i - 1, blocks.start(block), blocks.end(block), STORE);
            }
        }
        return round + Math.max(0, p - 1);
    }

    /** p − 1 steps; in step k rank q sends block (q−k−1) mod p to q+1, which adds it to its own. Rank q ends with block q summed. */
    static int reduceScatter(Schedule.Builder b, int round, int p, Partition blocks) {
        for (int k = 0; k + 1 < p; k++) {
            for (int q = 0; q < p; q++) {
                int block = Math.floorMod(q - k - 1, p);
                b.message(round + k, q, (q + 1) % p, blocks.start(block), blocks.end(block), COMBINE);
            }
        }
        return round + Math.max(0, p - 1);
    }

    /** p − 1 steps; in step k rank q passes block (q−k) mod p to q+1. Rank q starts with block q. */
    static int allGather(Schedule.Builder b, int round, int p, Partition blocks) {
        for (int k = 0; k + 1 < p; k++) {
            for (int q = 0; q < p; q++) {
                int block = Math.floorMod(q - k, p);
                b.message(round + k, q, (q + 1) % p, blocks.start(block), blocks.end(block), STORE);
            }
        }
        return round + Math.max(0, p - 1);
    }
}
