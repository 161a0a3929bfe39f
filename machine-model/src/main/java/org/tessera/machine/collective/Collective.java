package org.tessera.machine.collective;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The collective operations and the algorithms each has. n is the size in bytes of the whole vector
 * (MPI's count × type size at the root); where it is cut into p blocks, block j is elements
 * [⌊jE/p⌋, ⌊(j+1)E/p⌋) of the E-element vector. Reductions are element-wise sums of {@code long}s.
 *
 * <table>
 * <caption>Algorithms per collective</caption>
 * <tr><th>collective</th><th>TREE</th><th>RING</th><th>RECURSIVE_DOUBLING</th><th>RABENSEIFNER</th><th>IN_NETWORK</th></tr>
 * <tr><td>barrier</td><td>✓</td><td>✓</td><td>✓ (dissemination)</td><td></td><td></td></tr>
 * <tr><td>broadcast</td><td>✓</td><td>✓ (pipelined chain)</td><td>✓ (scatter + all-gather)</td><td></td><td>✓ (forked in the routers)</td></tr>
 * <tr><td>reduce</td><td>✓</td><td>✓ (pipelined chain)</td><td></td><td>✓</td><td>✓ (combined in the routers)</td></tr>
 * <tr><td>all-reduce</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td><td>✓ (reduce, then broadcast from the root's router)</td></tr>
 * <tr><td>scatter</td><td>✓</td><td>✓ (chain)</td><td></td><td></td></tr>
 * <tr><td>gather</td><td>✓</td><td>✓ (chain)</td><td></td><td></td></tr>
 * <tr><td>all-gather</td><td>✓</td><td>✓</td><td>✓</td><td></td></tr>
 * <tr><td>reduce-scatter</td><td>✓</td><td>✓</td><td>✓ (recursive halving)</td><td></td></tr>
 * </table>
 *
 * Scatter and gather have no recursive-doubling form: the binomial tree already is recursive
 * halving (scatter) and doubling (gather).
 */
public enum Collective {
    /** No rank leaves before every rank has entered; carries no data. */
    BARRIER(false, Algorithm.TREE, Algorithm.RING, Algorithm.RECURSIVE_DOUBLING),
    /** Every rank ends with the root's vector. */
    BROADCAST(true, Algorithm.TREE, Algorithm.RING, Algorithm.RECURSIVE_DOUBLING, Algorithm.IN_NETWORK),
    /** The root ends with the sum of all vectors. */
    REDUCE(true, Algorithm.TREE, Algorithm.RING, Algorithm.RABENSEIFNER, Algorithm.IN_NETWORK),
    /** Every rank ends with the sum of all vectors. */
    ALL_REDUCE(false, Algorithm.TREE, Algorithm.RING, Algorithm.RECURSIVE_DOUBLING, Algorithm.RABENSEIFNER, Algorithm.IN_NETWORK),
    /** Rank j ends with block j of the root's vector. */
    SCATTER(true, Algorithm.TREE, Algorithm.RING),
    /** The root ends with a vector whose block j comes from rank j. */
    GATHER(true, Algorithm.TREE, Algorithm.RING),
    /** Every rank ends with a vector whose block j comes from rank j. */
    ALL_GATHER(false, Algorithm.TREE, Algorithm.RING, Algorithm.RECURSIVE_DOUBLING),
    /** Rank j ends with block j of the sum of all vectors. */
    REDUCE_SCATTER(false, Algorithm.TREE, Algorithm.RING, Algorithm.RECURSIVE_DOUBLING);

    private final boolean rooted;
    private final Set<Algorithm> algorithms;

    Collective(boolean rooted, Algorithm first, Algorithm... rest) {
        this.rooted = rooted;
        this.algorithms = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** Whether a root rank is the source or destination of the data. */
    public boolean isRooted() {
        return rooted;
    }

    /** The algorithms this collective can be run with. */
    public Set<Algorithm> algorithms() {
        return algorithms;
    }

    /** For example {@code all-reduce}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Fails with the valid algorithms listed unless this collective has {@code algorithm}. */
    void check(Algorithm algorithm) {
        if (!algorithms.contains(algorithm)) {
            throw new IllegalArgumentException(displayName() + " has no " + algorithm.displayName() + " algorithm; valid algorithms for "
                            + displayName() + ": " + algorithms.stream().map(Algorithm::name).collect(Collectors.joining(", ")));
        }
    }
}
