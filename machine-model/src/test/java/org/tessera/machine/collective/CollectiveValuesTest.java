package org.tessera.machine.collective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;

/**
 * Every collective with every algorithm it lists moves real values: each rank's vector is random,
 * and what each rank ends with is checked against the collective's definition. A wrong message
 * pattern (a block sent before it was received, a contribution added twice or never) shows as a
 * wrong value. Rank counts cover p = 1, powers of two and the folded non-powers; vectors have more
 * and fewer elements than ranks, so blocks are uneven or empty; roots vary; ranks enter at
 * different times and sends and combines cost cycles, so messages arrive in many orders.
 */
class CollectiveValuesTest {
    private static final String MACHINE = "topology: {kind: mesh, dimensions: [4, 4]}\n"
                    + "collective: {message_overhead_cycles: 3, reduce_cycles_per_byte: 0.25, segment_bytes: 24}\n";

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Collective collective : Collective.values()) {
            if (collective == Collective.BARRIER) {
                continue;
            }
            for (Algorithm algorithm : collective.algorithms()) {
                for (int p : new int[]{1, 2, 3, 5, 6, 8, 13, 16}) {
                    for (int elements : new int[]{p - 1, 3 * p + 2}) {
                        for (int root : collective.isRooted() ? new int[]{0, p / 2, p - 1} : new int[]{0}) {
                            cases.add(Arguments.of(collective, algorithm, p, elements, root));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} p={2} E={3} root={4}")
    @MethodSource("cases")
    void valuesFollowTheDefinition(Collective collective, Algorithm algorithm, int p, int elements, int root) throws ConfigException {
        MachineConfig machine = ConfigLoader.parse(MACHINE, "test", "test");
        Network network = Network.create(machine, new Engine());
        DeterministicRandom random = new DeterministicRandom(31L * p + elements);
        long[][] inputs = new long[p][elements];
        long[] arrivals = new long[p];
        for (int r = 0; r < p; r++) {
            for (int i = 0; i < elements; i++) {
                inputs[r][i] = random.nextLong();
            }
            arrivals[r] = random.nextInt(40);
        }
        long bytes = 8L * elements;
        CollectiveRequest request = CollectiveRequest.of(collective, algorithm, bytes, p).withRoot(root).withValues(inputs).withArrivals(arrivals);
        CollectiveResult result = new Collectives(network, machine).run(request);

        long[][] expected = expected(collective, inputs, root);
        for (int r = 0; r < p; r++) {
            if (expected[r] == null) {
                assertNull(result.values().get(r), "rank " + r + " has no result");
            } else {
                assertArrayEquals(expected[r], result.values().get(r), "rank " + r);
            }
            assertTrue(result.rankEnds().get(r).count() >= arrivals[r], "rank " + r + " finished before it arrived");
        }
        if (p == 1) {
            assertEquals(0, result.messages(), "one rank sends nothing");
        }
        assertTrue(network.isIdle(), "messages left in the network");
    }

    /** The definition of each collective, computed directly. */
    private static long[][] expected(Collective collective, long[][] inputs, int root) {
        int p = inputs.length;
        int length = inputs[0].length;
        long[] sum = new long[length];
        long[] gathered = new long[length];
        for (int r = 0; r < p; r++) {
            for (int i = 0; i < length; i++) {
                sum[i] += inputs[r][i];
            }
            for (int i = blockStart(r, length, p); i < blockStart(r + 1, length, p); i++) {
                gathered[i] = inputs[r][i];
            }
        }
        long[][] expected = new long[p][];
        for (int r = 0; r < p; r++) {
            expected[r] = switch (collective) {
                case BROADCAST -> inputs[root];
                case REDUCE -> r == root ? sum : null;
                case ALL_REDUCE -> sum;
                case SCATTER -> block(inputs[root], r, p);
                case GATHER -> r == root ? gathered : null;
                case ALL_GATHER -> gathered;
                case REDUCE_SCATTER -> block(sum, r, p);
                case BARRIER -> null;
            };
        }
        return expected;
    }

    private static int blockStart(int rank, int length, int p) {
        return (int) ((long) rank * length / p);
    }

    /** Block r of the vector, zero elsewhere. */
    private static long[] block(long[] vector, int r, int p) {
        long[] result = new long[vector.length];
        for (int i = blockStart(r, vector.length, p); i < blockStart(r + 1, vector.length, p); i++) {
            result[i] = vector[i];
        }
        return result;
    }
}
