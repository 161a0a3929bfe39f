package org.tessera.machine.engine;

/**
 * SplitMix64 (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014): a fixed, documented algorithm, so a seed gives the same stream on every JVM. Doubles are
 * built from the top 53 bits; logarithms elsewhere use {@link StrictMath} for the same reason.
 */
public final class DeterministicRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    public DeterministicRandom(long seed) {
        this.state = seed;
    }

    /** An independent stream for {@code stream} (e.g. one per experiment component). */
    public static DeterministicRandom stream(long seed, long stream) {
        return new DeterministicRandom(mix(seed + GOLDEN_GAMMA * (stream + 1)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int r = (int) (nextLong() >>> 33);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // rejected: u fell in the incomplete last interval
        }
        return r;
    }

    /**
     * The number of cycles until the next success of a Bernoulli trial with probability {@code p}
     * per cycle (at least 1): a geometric variate, so sparse injection costs nothing per idle cycle.
     */
    public long geometricGap(double p) {
        if (p >= 1) {
            return 1;
        }
        double u = 1.0 - nextDouble();
        return 1 + (long) (StrictMath.log(u) / StrictMath.log1p(-p));
    }
}
