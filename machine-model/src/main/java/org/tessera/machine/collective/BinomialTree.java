package org.tessera.machine.collective;

import static org.tessera.machine.collective.Schedule.Builder.COMBINE;
import static org.tessera.machine.collective.Schedule.Builder.STORE;

/**
 * Binomial trees rooted at position 0, as MPICH builds them (Thakur et al. 2005 §4.1, §4.3).
 * Broadcast and scatter hand data down with the mask halving from the highest power of two below
 * the group size, so each position sends to its children farthest-first; reduce and gather hand it
 * up with the mask doubling. Each mask is one round. Every method returns the next free round.
 */
final class BinomialTree {
    private BinomialTree() {
    }

    /** Elements [lo, hi) from position 0 to all: ⌈lg m⌉ rounds, m − 1 messages. */
    static int broadcast(Schedule.Builder b, int round, Ranks group, long lo, long hi) {
        int m = group.size();
        for (int mask = topMask(m); mask >= 1; mask >>= 1, round++) {
            for (int i = 0; i + mask < m; i += 2 * mask) {
                b.message(round, group.rank(i), group.rank(i + mask), lo, hi, STORE);
            }
        }
        return round;
    }

    /** The sum of everyone's [lo, hi) to position 0. */
    static int reduce(Schedule.Builder b, int round, Ranks group, long lo, long hi) {
        int m = group.size();
        for (int mask = 1; mask < m; mask <<= 1, round++) {
            for (int i = mask; i < m; i += 2 * mask) {
                b.message(round, group.rank(i), group.rank(i - mask), lo, hi, COMBINE);
            }
        }
        return round;
    }

    /** Part i of {@code parts} from position 0 to position i; each message carries a whole subtree's parts. */
    static int scatter(Schedule.Builder b, int round, Ranks group, Partition parts) {
        int m = group.size();
        for (int mask = topMask(m); mask >= 1; mask >>= 1, round++) {
            for (int i = 0; i + mask < m; i += 2 * mask) {
                b.message(round, group.rank(i), group.rank(i + mask), parts.start(i + mask), parts.start(Math.min(i + 2 * mask, m)), STORE);
            }
        }
        return round;
    }

    /** Part i of {@code parts} from position i to position 0. */
    static int gather(Schedule.Builder b, int round, Ranks group, Partition parts) {
        int m = group.size();
        for (int mask = 1; mask < m; mask <<= 1, round++) {
            for (int i = mask; i < m; i += 2 * mask) {
                b.message(round, group.rank(i), group.rank(i - mask), parts.start(i), parts.start(Math.min(i + mask, m)), STORE);
            }
        }
        return round;
    }

    private static int topMask(int m) {
        return m < 2 ? 0 : Integer.highestOneBit(m - 1);
    }
}
