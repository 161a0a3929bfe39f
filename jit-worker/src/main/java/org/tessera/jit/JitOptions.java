package org.tessera.jit;

import java.io.PrintStream;
import java.util.Objects;

import org.tessera.machine.program.CostTable;

/**
 * How JIT compilation is modelled ({@code --jit.*}).
 *
 * @param tiles              JIT tiles; 0 compiles on the running tile, which waits
 * @param queue              which queued compilation a free JIT tile takes
 * @param placement          where the JIT tiles are
 * @param threshold          calls plus back-edges that make a function hot enough for the last tier
 * @param firstTierThreshold ... for the first tier (two tiers only)
 * @param tiers              1 (last tier only) or 2
 * @param costs              what last-tier code costs per event
 * @param firstTierCosts     what first-tier code costs per event
 * @param compileScale       a tile's compile cycles over the host's
 * @param inliningBudget     AST nodes of callees a last-tier compilation may inline
 * @param iterationFunction  the function whose returns mark iterations (the benchmarks' {@code bench})
 * @param sampleCycles       cycles between progress samples (the step doubles when there are too many)
 * @param statsFile          where to write the run's JIT statistics as JSON ("" for nowhere)
 * @param err                where problems are told
 */
public record JitOptions(int tiles, QueuePolicy queue, TilePlacement placement, int threshold, int firstTierThreshold, int tiers, CostTable costs,
                CostTable firstTierCosts, double compileScale, int inliningBudget, String iterationFunction, long sampleCycles, String statsFile,
                PrintStream err) {

    public JitOptions {
        Objects.requireNonNull(queue);
        Objects.requireNonNull(placement);
        Objects.requireNonNull(costs);
        Objects.requireNonNull(firstTierCosts);
        if (tiles < 0 || threshold < 1 || firstTierThreshold < 1 || tiers < 1 || tiers > 2 || !(compileScale > 0) || inliningBudget < 0 || sampleCycles < 1) {
            throw new IllegalArgumentException("bad JIT options: " + tiles + " tiles, threshold " + threshold + "/" + firstTierThreshold + ", " + tiers + " tiers, scale "
                            + compileScale + ", budget " + inliningBudget + ", sample " + sampleCycles);
        }
    }

    /** Truffle's defaults, scaled to the threshold: the first tier at 4% of it (400 of 10,000). */
    public static int defaultFirstTier(int threshold) {
        return Math.max(1, (int) Math.min(Integer.MAX_VALUE, Math.round(threshold * 0.04)));
    }

    /** The defaults with {@code tiles} JIT tiles and the given queue and threshold (for tests and sweeps). */
    public static JitOptions defaults(int tiles, QueuePolicy queue, int threshold) {
        return new JitOptions(tiles, queue, TilePlacement.NEAR_CALLERS, threshold, defaultFirstTier(threshold), 2, table("compiled"), table("compiled-tier1"), 1.0,
                        DEFAULT_INLINING_BUDGET, "bench", 1_000_000, "", System.err);
    }

    /**
     * AST nodes of callees a last-tier compilation may inline, by default: small, as measured —
     * the real last-tier compilations of the benchmark suite inline little (the median adds 9 % to
     * the root's nodes; half inline nothing; jit-worker/calibration/fit.yaml).
     */
    public static final int DEFAULT_INLINING_BUDGET = 100;

    /** A cost table; an error names the preset or file and the problem. */
    static CostTable table(String spec) {
        try {
            return CostTable.load(spec);
        } catch (org.tessera.machine.config.ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public JitOptions withPlacement(TilePlacement p) {
        return new JitOptions(tiles, queue, p, threshold, firstTierThreshold, tiers, costs, firstTierCosts, compileScale, inliningBudget, iterationFunction, sampleCycles,
                        statsFile, err);
    }

    public JitOptions withInliningBudget(int nodes) {
        return new JitOptions(tiles, queue, placement, threshold, firstTierThreshold, tiers, costs, firstTierCosts, compileScale, nodes, iterationFunction, sampleCycles,
                        statsFile, err);
    }

    public JitOptions withTiers(int n) {
        return new JitOptions(tiles, queue, placement, threshold, firstTierThreshold, n, costs, firstTierCosts, compileScale, inliningBudget, iterationFunction, sampleCycles,
                        statsFile, err);
    }
}
