package org.tessera.machine.collective;

import java.util.Arrays;

/**
 * A collective as data: every message (sender, receiver, element range, whether the receiver
 * stores or combines it) and every rank's program, the order in which it posts its sends and waits
 * for its receives.
 *
 * <p>Algorithms place each message in a <em>round</em>; the same message is sent and received in
 * the same round. A rank's program lists its rounds in order and, within a round, its sends before
 * its receives (MPI_Sendrecv): so in a ring step every rank sends before it waits, and since a
 * receive in round t only waits for a send of round t, whose rank has finished all earlier rounds,
 * every schedule built this way runs to completion. Algorithms must only send data received in an
 * earlier round.
 *
 * <p>A program step is encoded as {@code message << 1 | (receive ? 1 : 0)}.
 */
final class Schedule {
    final int ranks;
    final int messages;
    final int[] from;
    final int[] to;
    final long[] lo;
    final long[] hi;
    final boolean[] combine;
    final int[][] programs;

    private Schedule(int ranks, int messages, int[] from, int[] to, long[] lo, long[] hi, boolean[] combine, int[][] programs) {
        this.ranks = ranks;
        this.messages = messages;
        this.from = from;
        this.to = to;
        this.lo = lo;
        this.hi = hi;
        this.combine = combine;
        this.programs = programs;
    }

    static boolean isReceive(int step) {
        return (step & 1) != 0;
    }

    static int messageOf(int step) {
        return step >>> 1;
    }

    /** Collects messages in any order of rounds, then lays out the programs. */
    static final class Builder {
        static final boolean COMBINE = true;
        static final boolean STORE = false;

        private final int ranks;
        private int count;
        private int[] from = new int[64];
        private int[] to = new int[64];
        private int[] round = new int[64];
        private long[] lo = new long[64];
        private long[] hi = new long[64];
        private boolean[] combine = new boolean[64];

        Builder(int ranks) {
            this.ranks = ranks;
        }

        /** Rank {@code sender} sends elements [lo, hi) to {@code receiver} in {@code round}. */
        void message(int round, int sender, int receiver, long lo, long hi, boolean combine) {
            if (count == from.length) {
                int capacity = count * 2;
                from = Arrays.copyOf(from, capacity);
                to = Arrays.copyOf(to, capacity);
                this.round = Arrays.copyOf(this.round, capacity);
                this.lo = Arrays.copyOf(this.lo, capacity);
                this.hi = Arrays.copyOf(this.hi, capacity);
                this.combine = Arrays.copyOf(this.combine, capacity);
            }
            from[count] = sender;
            to[count] = receiver;
            this.round[count] = round;
            this.lo[count] = lo;
            this.hi[count] = hi;
            this.combine[count] = combine;
            count++;
        }

        Schedule build() {
            // Messages by round (a stable counting sort), then per round: sends, then receives.
            int rounds = 0;
            for (int m = 0; m < count; m++) {
                rounds = Math.max(rounds, round[m] + 1);
            }
            int[] firstOfRound = new int[rounds + 1];
            for (int m = 0; m < count; m++) {
                firstOfRound[round[m] + 1]++;
            }
            for (int r = 0; r < rounds; r++) {
                firstOfRound[r + 1] += firstOfRound[r];
            }
            int[] byRound = new int[count];
            int[] fill = Arrays.copyOf(firstOfRound, rounds);
            for (int m = 0; m < count; m++) {
                byRound[fill[round[m]]++] = m;
            }
            int[] steps = new int[ranks];
            for (int m = 0; m < count; m++) {
                steps[from[m]]++;
                steps[to[m]]++;
            }
            int[][] programs = new int[ranks][];
            for (int q = 0; q < ranks; q++) {
                programs[q] = new int[steps[q]];
            }
            int[] next = new int[ranks];
            for (int r = 0; r < rounds; r++) {
                for (int i = firstOfRound[r]; i < firstOfRound[r + 1]; i++) {
                    int m = byRound[i];
                    programs[from[m]][next[from[m]]++] = m << 1;
                }
                for (int i = firstOfRound[r]; i < firstOfRound[r + 1]; i++) {
                    int m = byRound[i];
                    programs[to[m]][next[to[m]]++] = m << 1 | 1;
                }
            }
            return new Schedule(ranks, count, Arrays.copyOf(from, count), Arrays.copyOf(to, count), Arrays.copyOf(lo, count),
                            Arrays.copyOf(hi, count), Arrays.copyOf(combine, count), programs);
        }
    }
}
