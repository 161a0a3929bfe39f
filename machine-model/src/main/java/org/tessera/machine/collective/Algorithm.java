package org.tessera.machine.collective;

import java.util.Locale;

/**
 * How a collective is built from point-to-point messages. Which collective has which algorithm is
 * listed in {@link Collective}; the costs below are the α–β(–γ) estimates of Thakur, Rabenseifner
 * &amp; Gropp, "Optimization of collective communication operations in MPICH" (IJHPCA 19(1), 2005)
 * and Chan, Heimlich, Purkayastha &amp; van de Geijn, "Collective communication: theory, practice,
 * and experience" (CCPE 19(13), 2007), with p ranks, n bytes, α the start-up of one message, β = 1/B
 * the time per byte and γ the combining time per byte.
 */
public enum Algorithm {
    /**
     * Binomial trees (MPICH's short-message algorithms): ⌈lg p⌉ rounds, in round k the ranks that
     * have the data pass it a distance p/2^(k+1) on. Broadcast costs ⌈lg p⌉(α + nβ); scatter and
     * gather ⌈lg p⌉α + ((p−1)/p)nβ. Composite collectives are two trees: all-reduce = reduce then
     * broadcast, all-gather = gather then broadcast, reduce-scatter = reduce then scatter, barrier =
     * an empty reduce then an empty broadcast.
     */
    TREE,
    /**
     * Neighbour-to-neighbour passes round the ring of ranks (placed so that ring neighbours are
     * physical neighbours). All-reduce is reduce-scatter then all-gather in n/p chunks (Patarasuk
     * &amp; Yuan 2009; nccl-tests PERFORMANCE.md): 2(p−1)α + 2((p−1)/p)nβ + ((p−1)/p)nγ.
     * Broadcast and reduce are chains pipelined in {@code collective.segment_bytes} segments:
     * (p − 2 + n/s)(α + sβ). Scatter and gather forward p−1 blocks along the chain; a barrier sends
     * an empty token down the chain and back.
     */
    RING,
    /**
     * Pairwise exchange with partner rank XOR 2^k in round k (Thakur et al. §4): all-reduce
     * lg p(α + nβ + nγ); all-gather lg p·α + ((p−1)/p)nβ; reduce-scatter by recursive halving
     * lg p·α + ((p−1)/p)n(β + γ); broadcast as a binomial scatter then a recursive-doubling
     * all-gather (van de Geijn; MPICH's medium-message broadcast). With p not a power of two the
     * first 2r ranks (r = p − 2^⌊lg p⌋) fold in pairs first and unfold last, one extra step each, as
     * MPICH does. The barrier is the dissemination barrier (Hensgen, Finkel &amp; Manber 1988):
     * ⌈lg p⌉ rounds in which rank i signals rank i + 2^k mod p, for any p.
     */
    RECURSIVE_DOUBLING,
    /**
     * Rabenseifner's algorithm: a recursive-halving reduce-scatter, then a recursive-doubling
     * all-gather (all-reduce: 2 lg p·α + 2((p−1)/p)nβ + ((p−1)/p)nγ) or a binomial gather to the
     * root (reduce). MPICH's long-message all-reduce and reduce.
     */
    RABENSEIFNER,
    /**
     * Reduce, all-reduce and broadcast done by the routers, on a combining plane beside the packet
     * network (as Blue Gene/L's collective network, Gara et al., IBM J. R&amp;D 49(2/3), 2005; on
     * chip, Krishna &amp; Peh, MICRO 2011): every rank streams its vector into its router; the routes
     * of all ranks to the root form a tree, and each router of it adds its inputs flit by flit
     * ({@code collective.combine_cycles} where two or more meet) and forwards one stream to the
     * next. Broadcast forks the root's stream at each router along the routes from the root.
     * All-reduce turns the reduced stream round at the root's router. See {@link InNetwork}.
     */
    IN_NETWORK;

    /** For example {@code recursive-doubling}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
