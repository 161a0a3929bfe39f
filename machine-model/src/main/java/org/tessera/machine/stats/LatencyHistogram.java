package org.tessera.machine.stats;

import java.util.Arrays;

/**
 * Exact distribution of integer latencies (one counter per cycle value, grown on demand), so
 * percentiles are exact and two runs with the same events give the same numbers bit for bit.
 */
public final class LatencyHistogram {
    private long[] counts = new long[256];
    private long samples;
    private long sum;
    private long max = -1;
    private long min = Long.MAX_VALUE;

    public void add(long latency) {
        if (latency >= counts.length) {
            counts = Arrays.copyOf(counts, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(latency + 1, counts.length * 2L)));
        }
        counts[(int) latency]++;
        samples++;
        sum += latency;
        max = Math.max(max, latency);
        min = Math.min(min, latency);
    }

    public void clear() {
        Arrays.fill(counts, 0);
        samples = 0;
        sum = 0;
        max = -1;
        min = Long.MAX_VALUE;
    }

    public long samples() {
        return samples;
    }

    /** The mean, or NaN without samples. */
    public double mean() {
        return samples == 0 ? Double.NaN : (double) sum / samples;
    }

    public long max() {
        return max;
    }

    public long min() {
        return samples == 0 ? -1 : min;
    }

    /**
     * The smallest latency L such that at least {@code fraction} of the samples are ≤ L (the
     * nearest-rank percentile), or -1 without samples.
     */
    public long percentile(double fraction) {
        if (samples == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * samples));
        long seen = 0;
        for (int l = 0; l <= max; l++) {
            seen += counts[l];
            if (seen >= rank) {
                return l;
            }
        }
        return max;
    }

    /** {@code buckets} equal-width bins from min to max: each {lowInclusive, highExclusive, count}. */
    public long[][] bins(int buckets) {
        if (samples == 0) {
            return new long[0][];
        }
        long lo = min;
        long width = Math.max(1, (max - lo + buckets) / buckets);
        int n = (int) Math.min(buckets, (max - lo) / width + 1);
        long[][] bins = new long[n][];
        for (int b = 0; b < n; b++) {
            long from = lo + b * width;
            long to = from + width;
            long c = 0;
            for (long l = from; l < to && l <= max; l++) {
                c += counts[(int) l];
            }
            bins[b] = new long[]{from, to, c};
        }
        return bins;
    }
}
