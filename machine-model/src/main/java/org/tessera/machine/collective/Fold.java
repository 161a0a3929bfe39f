package org.tessera.machine.collective;

/**
 * The power-of-two group that recursive doubling and halving run over when p is not a power of
 * two (Thakur et al. 2005 §4.4): with p' = 2^⌊lg p⌋ and r = p − p', each odd rank 2k+1 below 2r is
 * an <em>extra</em> that first hands its data to rank 2k and gets the result back at the end;
 * participant k is rank 2k for k &lt; r and rank k + r otherwise. The mapping is increasing, so a
 * run of consecutive participants owns a contiguous run of rank blocks, and rank 0 (the root of
 * rooted collectives) is participant 0.
 */
final class Fold implements Ranks {
    private final int size;
    private final int extras;

    Fold(int p) {
        this.size = Integer.highestOneBit(p);
        this.extras = p - size;
    }

    /** p', the number of participants. */
    @Override
    public int size() {
        return size;
    }

    @Override
    public int rank(int participant) {
        return participant < extras ? 2 * participant : participant + extras;
    }

    /** r: extra ranks 1, 3, …, 2r − 1 pair with 0, 2, …, 2r − 2. */
    int extras() {
        return extras;
    }
}
