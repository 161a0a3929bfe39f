package org.tessera.machine.collective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;

/**
 * Simulated collective times against the α–β(–γ) costs of Thakur, Rabenseifner &amp; Gropp (2005)
 * and Chan et al. (2007). Throughout, α = message_overhead_cycles + the zero-load latency of a
 * one-flit message between ring neighbours (H·(t_r + t_l) + 1), and β = 1/B with B = flit_bytes per
 * cycle. The network has no contention in these patterns (ring neighbours on a Hamiltonian cycle;
 * any pattern on the exchange, whose only shared resources are the tile ports), so the formulas
 * should hold to within 10%.
 */
class CollectiveTimingTest {
    private static final int OVERHEAD = 20;

    private record Machine(MachineConfig config, Network network, Collectives collectives, int p, double alpha, double beta) {
    }

    private static Machine machine(String topology, String extra) throws ConfigException {
        MachineConfig config = ConfigLoader.parse("topology: " + topology + "\ncollective: {message_overhead_cycles: " + OVERHEAD + extra + "}\n",
                        "test", "test");
        Network network = Network.create(config, new Engine());
        int[] ring = network.topology().ringOrder();
        double alpha = OVERHEAD + network.zeroLoadLatency(ring[0], ring[1], 1);
        return new Machine(config, network, new Collectives(network, config), config.tileCount(), alpha, 1.0 / config.network().flitBytes());
    }

    private static void assertWithin(double tolerance, double formula, long simulated, String what) {
        double ratio = simulated / formula;
        assertTrue(Math.abs(ratio - 1) <= tolerance, what + ": simulated " + simulated + " cycles, formula " + Math.round(formula) + " (ratio "
                        + String.format("%.3f", ratio) + ")");
    }

    private static int lg(int p) {
        return 32 - Integer.numberOfLeadingZeros(p - 1);
    }

    /** Ring all-reduce: 2(p−1)α + 2((p−1)/p)·n/B, with both terms significant (small n) or bandwidth dominant (large n). */
    @ParameterizedTest(name = "{0}, n = {1}")
    @CsvSource(delimiter = ';', value = {"{kind: mesh, dimensions: [8, 8]}; 4096", "{kind: mesh, dimensions: [8, 8]}; 65536",
                    "{kind: mesh, dimensions: [4, 4]}; 4096", "{kind: mesh, dimensions: [4, 4]}; 65536", "{kind: torus, dimensions: [8, 8]}; 65536",
                    "{kind: torus, dimensions: [4, 4]}; 16384", "{kind: hypercube, dimension: 5}; 32768"})
    void ringAllReduce(String topology, long n) throws ConfigException {
        Machine m = machine(topology, "");
        CollectiveResult r = m.collectives().run(Collective.ALL_REDUCE, Algorithm.RING, n, m.p());
        double formula = 2.0 * (m.p() - 1) * m.alpha() + 2.0 * (m.p() - 1) / m.p() * n * m.beta();
        assertWithin(0.10, formula, r.duration().count(), "ring all-reduce on " + topology);
        assertEquals(2L * m.p() * (m.p() - 1), r.messages());
        assertEquals(2L * (m.p() - 1) * n, r.bytesSent());
    }

    /** The combining term: + ((p−1)/p)·n·γ with γ = reduce_cycles_per_byte. */
    @Test
    void ringAllReduceWithCombiningCost() throws ConfigException {
        Machine m = machine("{kind: mesh, dimensions: [4, 4]}", ", reduce_cycles_per_byte: 0.5");
        long n = 65536;
        CollectiveResult r = m.collectives().run(Collective.ALL_REDUCE, Algorithm.RING, n, m.p());
        double formula = 2.0 * (m.p() - 1) * m.alpha() + 2.0 * (m.p() - 1) / m.p() * n * m.beta() + (m.p() - 1.0) / m.p() * n * 0.5;
        assertWithin(0.10, formula, r.duration().count(), "ring all-reduce with γ = 0.5");
    }

    /**
     * Binomial broadcast: ⌈lg p⌉(α + n/B). α is the neighbour α of the other tests; the tree's
     * longer edges (up to 14 routers on the 8×8 mesh) add a few cycles per round, under 1% here.
     */
    @ParameterizedTest(name = "{0}, p = {1}")
    @CsvSource(delimiter = ';', value = {"{kind: mesh, dimensions: [8, 8]}; 64", "{kind: mesh, dimensions: [4, 4]}; 16",
                    "{kind: mesh, dimensions: [4, 4]}; 12", "{kind: torus, dimensions: [8, 8]}; 64", "{kind: exchange, tiles: 16}; 16"})
    void treeBroadcast(String topology, int p) throws ConfigException {
        Machine m = machine(topology, "");
        long n = 16384;
        CollectiveResult r = m.collectives().run(Collective.BROADCAST, Algorithm.TREE, n, p);
        assertWithin(0.10, lg(p) * (m.alpha() + n * m.beta()), r.duration().count(), "binomial broadcast on " + topology);
        assertEquals(p - 1, r.messages());
    }

    /**
     * Every algorithm but the pipelined chains on the 16-tile exchange, n = 64 KiB, p = 16, against
     * its cost from Thakur et al. §4 (composites: the sum of their parts).
     */
    static Stream<Arguments> exchangeCosts() {
        List<Arguments> costs = new ArrayList<>();
        // Coefficients (a, b, c, d) of cost = (a·lg p + b·(p−1))·α + (c·lg p + d·(p−1)/p)·nβ.
        costs.add(Arguments.of(Collective.BARRIER, Algorithm.TREE, "2 lg p α", 2.0, 0.0, 0.0, 0.0));
        costs.add(Arguments.of(Collective.BARRIER, Algorithm.RING, "2(p−1)α", 0.0, 2.0, 0.0, 0.0));
        costs.add(Arguments.of(Collective.BARRIER, Algorithm.RECURSIVE_DOUBLING, "lg p α", 1.0, 0.0, 0.0, 0.0));
        costs.add(Arguments.of(Collective.BROADCAST, Algorithm.TREE, "lg p(α + nβ)", 1.0, 0.0, 1.0, 0.0));
        costs.add(Arguments.of(Collective.BROADCAST, Algorithm.RECURSIVE_DOUBLING, "2 lg p α + 2((p−1)/p)nβ", 2.0, 0.0, 0.0, 2.0));
        costs.add(Arguments.of(Collective.REDUCE, Algorithm.TREE, "lg p(α + nβ)", 1.0, 0.0, 1.0, 0.0));
        costs.add(Arguments.of(Collective.REDUCE, Algorithm.RABENSEIFNER, "2 lg p α + 2((p−1)/p)nβ", 2.0, 0.0, 0.0, 2.0));
        costs.add(Arguments.of(Collective.ALL_REDUCE, Algorithm.TREE, "2 lg p(α + nβ)", 2.0, 0.0, 2.0, 0.0));
        costs.add(Arguments.of(Collective.ALL_REDUCE, Algorithm.RING, "2(p−1)α + 2((p−1)/p)nβ", 0.0, 2.0, 0.0, 2.0));
        costs.add(Arguments.of(Collective.ALL_REDUCE, Algorithm.RECURSIVE_DOUBLING, "lg p(α + nβ)", 1.0, 0.0, 1.0, 0.0));
        costs.add(Arguments.of(Collective.ALL_REDUCE, Algorithm.RABENSEIFNER, "2 lg p α + 2((p−1)/p)nβ", 2.0, 0.0, 0.0, 2.0));
        costs.add(Arguments.of(Collective.SCATTER, Algorithm.TREE, "lg p α + ((p−1)/p)nβ", 1.0, 0.0, 0.0, 1.0));
        costs.add(Arguments.of(Collective.SCATTER, Algorithm.RING, "(p−1)α + ((p−1)/p)nβ", 0.0, 1.0, 0.0, 1.0));
        costs.add(Arguments.of(Collective.GATHER, Algorithm.TREE, "lg p α + ((p−1)/p)nβ", 1.0, 0.0, 0.0, 1.0));
        costs.add(Arguments.of(Collective.GATHER, Algorithm.RING, "(p−1)α + ((p−1)/p)nβ", 0.0, 1.0, 0.0, 1.0));
        costs.add(Arguments.of(Collective.ALL_GATHER, Algorithm.TREE, "gather + broadcast", 2.0, 0.0, 1.0, 1.0));
        costs.add(Arguments.of(Collective.ALL_GATHER, Algorithm.RING, "(p−1)α + ((p−1)/p)nβ", 0.0, 1.0, 0.0, 1.0));
        costs.add(Arguments.of(Collective.ALL_GATHER, Algorithm.RECURSIVE_DOUBLING, "lg p α + ((p−1)/p)nβ", 1.0, 0.0, 0.0, 1.0));
        costs.add(Arguments.of(Collective.REDUCE_SCATTER, Algorithm.TREE, "reduce + scatter", 2.0, 0.0, 1.0, 1.0));
        costs.add(Arguments.of(Collective.REDUCE_SCATTER, Algorithm.RING, "(p−1)α + ((p−1)/p)nβ", 0.0, 1.0, 0.0, 1.0));
        costs.add(Arguments.of(Collective.REDUCE_SCATTER, Algorithm.RECURSIVE_DOUBLING, "lg p α + ((p−1)/p)nβ", 1.0, 0.0, 0.0, 1.0));
        return costs.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("exchangeCosts")
    void alphaBetaCostsOnTheExchange(Collective collective, Algorithm algorithm, String cost, double lgAlphas, double ringAlphas, double lgVectors,
                    double fraction) throws ConfigException {
        Machine m = machine("{kind: exchange, tiles: 16}", "");
        int p = m.p();
        long n = collective == Collective.BARRIER ? 0 : 65536;
        CollectiveResult r = m.collectives().run(collective, algorithm, n, p);
        double formula = (lgAlphas * lg(p) + ringAlphas * (p - 1)) * m.alpha() + (lgVectors * lg(p) + fraction * (p - 1) / p) * n * m.beta();
        assertWithin(0.10, formula, r.duration().count(), collective + " " + algorithm + " (" + cost + ")");
    }

    /**
     * A pipelined chain broadcast costs about n/B + (p − 2)(α + s/B): the root's link is busy for
     * n/B, and the last segment then crosses p − 2 more links. The per-message overhead overlaps
     * with the previous segment's injection, so the textbook (p − 2 + n/s)(α + s/B) is an upper
     * bound. Unpipelined (one segment), the chain is p − 1 full store-and-forward hops.
     */
    @Test
    void pipelinedChainBroadcast() throws ConfigException {
        long n = 65536;
        long segment = 1024;
        Machine m = machine("{kind: mesh, dimensions: [8, 8]}", ", segment_bytes: " + segment);
        int p = m.p();
        long chain = m.collectives().run(Collective.BROADCAST, Algorithm.RING, n, p).duration().count();
        double lower = n * m.beta() + (p - 2) * (m.alpha() + segment * m.beta());
        double upper = (p - 2 + (double) n / segment) * (m.alpha() + segment * m.beta());
        assertTrue(chain >= 0.9 * lower && chain <= upper, "chain broadcast " + chain + " cycles, expected within [" + lower + ", " + upper + "]");

        Machine whole = machine("{kind: mesh, dimensions: [8, 8]}", ", segment_bytes: " + n);
        long unpipelined = whole.collectives().run(Collective.BROADCAST, Algorithm.RING, n, p).duration().count();
        assertWithin(0.10, (p - 1) * (whole.alpha() + n * whole.beta()), unpipelined, "one-segment chain");
    }
}
