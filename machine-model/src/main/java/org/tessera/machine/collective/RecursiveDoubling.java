package org.tessera.machine.collective;

import static org.tessera.machine.collective.Schedule.Builder.COMBINE;
import static org.tessera.machine.collective.Schedule.Builder.STORE;

/**
 * Pairwise exchanges between participants k and k XOR mask of a {@link Fold} (Thakur et al. 2005
 * §4.4, Fig. 4), plus the fold steps that bring in the extra ranks when p is not a power of two, and
 * the dissemination barrier. Every method returns the next free round.
 */
final class RecursiveDoubling {
    private RecursiveDoubling() {
    }

    /** Each extra rank 2k+1 sends elements [lo, hi) to 2k, which stores or adds them. */
    static int foldIn(Schedule.Builder b, int round, Fold fold, long lo, long hi, boolean combine) {
        for (int k = 0; k < fold.extras(); k++) {
            b.message(round, 2 * k + 1, 2 * k, lo, hi, combine);
        }
        return fold.extras() > 0 ? round + 1 : round;
    }

    /** Each extra rank 2k+1 sends its own block of {@code blocks} to 2k. */
    static int foldInBlocks(Schedule.Builder b, int round, Fold fold, Partition blocks) {
        for (int k = 0; k < fold.extras(); k++) {
            b.message(round, 2 * k + 1, 2 * k, blocks.start(2 * k + 1), blocks.end(2 * k + 1), STORE);
        }
        return fold.extras() > 0 ? round + 1 : round;
    }

    /** Rank 2k returns elements [lo, hi) of the result to extra 2k+1. */
    static int foldOut(Schedule.Builder b, int round, Fold fold, long lo, long hi) {
        for (int k = 0; k < fold.extras(); k++) {
            b.message(round, 2 * k, 2 * k + 1, lo, hi, STORE);
        }
        return fold.extras() > 0 ? round + 1 : round;
    }

    /** Rank 2k returns extra 2k+1's block of {@code blocks}. */
    static int foldOutBlocks(Schedule.Builder b, int round, Fold fold, Partition blocks) {
        for (int k = 0; k < fold.extras(); k++) {
            b.message(round, 2 * k, 2 * k + 1, blocks.start(2 * k + 1), blocks.end(2 * k + 1), STORE);
        }
        return fold.extras() > 0 ? round + 1 : round;
    }

    /** lg p' rounds of exchanging and adding the whole of [0, length). */
    static int allReduce(Schedule.Builder b, int round, Fold fold, long length) {
        int m = fold.size();
        for (int mask = 1; mask < m; mask <<= 1, round++) {
            for (int k = 0; k < m; k++) {
                b.message(round, fold.rank(k), fold.rank(k ^ mask), 0, length, COMBINE);
            }
        }
        return round;
    }

    /** Participant k starts with part k; in the round of {@code mask} it sends the parts of its aligned group of {@code mask} participants. */
    static int allGather(Schedule.Builder b, int round, Fold fold, Partition parts) {
        int m = fold.size();
        for (int mask = 1; mask < m; mask <<= 1, round++) {
            for (int k = 0; k < m; k++) {
                int base = k & -mask;
                b.message(round, fold.rank(k), fold.rank(k ^ mask), parts.start(base), parts.start(base + mask), STORE);
            }
        }
        return round;
    }

    /**
     * Recursive halving: in the round of {@code mask} (from p'/2 down) participant k is responsible
     * for the parts of its aligned group of 2·mask participants, sends the partner's half and adds
     * the partner's copy of its own half. Participant k ends with part k summed over all.
     */
    static int reduceScatter(Schedule.Builder b, int round, Fold fold, Partition parts) {
        int m = fold.size();
        for (int mask = m / 2; mask >= 1; mask >>= 1, round++) {
            for (int k = 0; k < m; k++) {
                int partner = k ^ mask;
                int half = (k & -(2 * mask)) + (partner & mask);
                b.message(round, fold.rank(k), fold.rank(partner), parts.start(half), parts.start(half + mask), COMBINE);
            }
        }
        return round;
    }

    /** ⌈lg p⌉ rounds; in round k rank q signals rank q + 2^k mod p with an empty message. */
    static int dissemination(Schedule.Builder b, int round, int p) {
        for (int distance = 1; distance < p; distance <<= 1, round++) {
            for (int q = 0; q < p; q++) {
                b.message(round, q, (q + distance) % p, 0, 0, STORE);
            }
        }
        return round;
    }
}
