package org.tessera.machine.collective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;

/**
 * In-network reduce, all-reduce and broadcast ({@link InNetwork}) against the formulas in its class
 * comment, on idle k×k meshes with t_r = 2, t_l = 1, a 3-cycle adder and 64-byte vectors (F = 8
 * flits of 8 bytes); every tile is a rank and rank 0 (the root) is tile 0, a corner.
 */
class InNetworkTest {
    private static final int TR = 2;
    private static final int TL = 1;
    private static final int C = 3;
    private static final int F = 8;

    private static Network mesh(int k) throws ConfigException {
        return Network.create(machine(k), new Engine());
    }

    private static MachineConfig machine(int k) throws ConfigException {
        return ConfigLoader.parse("topology: {kind: mesh, dimensions: [" + k + ", " + k + "]}\nnetwork: {router_latency: " + TR + ", link_latency: " + TL
                        + "}\ncollective: {combine_cycles: " + C + "}\n", "test", "test");
    }

    private static CollectiveResult run(int k, Collective collective) throws ConfigException {
        Network network = mesh(k);
        return new Collectives(network, machine(k)).run(collective, Algorithm.IN_NETWORK, 8 * F, k * k);
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {2, 4, 8})
    void reduceTakesTheFarthestStreamsRoutersWithAnAdderAtEveryMeeting(int k) throws ConfigException {
        // (2k − 1)(t_r + t_l) + (2k − 2)c + F: k = 4 gives 7·3 + 6·3 + 8 = 47.
        long expected = (2L * k - 1) * (TR + TL) + (2L * k - 2) * C + F;
        CollectiveResult r = run(k, Collective.REDUCE);
        assertEquals(expected, r.duration().count());
        assertEquals(expected, r.rankEnds().get(0).count(), "the root finishes last");
        assertEquals(F, r.rankEnds().get(1).count(), "another rank is done when its tail has left its tile");
    }

    @Test
    void reduceOnA4x4MeshTakes47Cycles() throws ConfigException {
        assertEquals(47, run(4, Collective.REDUCE).duration().count());
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {2, 4, 8})
    void broadcastReachesEveryTileAtItsZeroLoadLatency(int k) throws ConfigException {
        Network network = mesh(k);
        CollectiveResult r = new Collectives(network, machine(k)).run(Collective.BROADCAST, Algorithm.IN_NETWORK, 8 * F, k * k);
        int[] tileOfRank = network.topology().ringOrder();
        for (int rank = 1; rank < k * k; rank++) {
            assertEquals(network.zeroLoadLatency(0, tileOfRank[rank], F), r.rankEnds().get(rank).count(), "rank " + rank);
        }
        assertEquals((2L * k - 1) * (TR + TL) + F, r.duration().count(), "the far corner");
        assertTrue(network.isIdle(), "the packet network carried nothing");
        assertEquals(0, network.statistics().packetsGenerated());
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {2, 4, 8})
    void allReduceIsAReduceTurnedRoundAtTheRootsRouter(int k) throws ConfigException {
        // The sum leaves the root's router at D = 1 + H·t_r + (H − 1)(t_l + c) with H = 2k − 1, then
        // crosses H − 1 more routers to the far corner: D + (H − 1)(t_r + t_l) + t_l + F − 1.
        long h = 2L * k - 1;
        long leaves = 1 + h * TR + (h - 1) * (TL + C);
        assertEquals(leaves + (h - 1) * (TR + TL) + TL + F - 1, run(k, Collective.ALL_REDUCE).duration().count());
    }

    @Test
    void inNetworkBeatsTheBestSoftwareTreeForSmallVectors() throws ConfigException {
        long software = new Collectives(mesh(8), machine(8)).run(Collective.ALL_REDUCE, Algorithm.TREE, 8, 64).duration().count();
        long hardware = new Collectives(mesh(8), machine(8)).run(Collective.ALL_REDUCE, Algorithm.IN_NETWORK, 8, 64).duration().count();
        assertTrue(hardware < software, hardware + " vs " + software);
    }

    @Test
    void valuesAreSummedAndForked() throws ConfigException {
        long[][] values = new long[16][];
        for (int r = 0; r < 16; r++) {
            values[r] = new long[]{r, 100 * r, -r};
        }
        CollectiveResult all = new Collectives(mesh(4), machine(4))
                        .run(CollectiveRequest.of(Collective.ALL_REDUCE, Algorithm.IN_NETWORK, 24, 16).withValues(values));
        for (int r = 0; r < 16; r++) {
            assertArrayEquals(new long[]{120, 12000, -120}, all.values().get(r), "rank " + r);
        }
        CollectiveResult bcast = new Collectives(mesh(4), machine(4))
                        .run(CollectiveRequest.of(Collective.BROADCAST, Algorithm.IN_NETWORK, 24, 16).withRoot(5).withValues(values));
        for (int r = 0; r < 16; r++) {
            assertArrayEquals(new long[]{5, 500, -5}, bcast.values().get(r), "rank " + r);
        }
    }

    @Test
    void messagesCountTheChannelsTheVectorCrossed() throws ConfigException {
        // Reduce on 2×2: four injections, three router-to-router links of the tree, one ejection.
        assertEquals(8, run(2, Collective.REDUCE).messages());
        // Broadcast on 2×2: one injection, three links from the root's corner, three ejections.
        assertEquals(7, run(2, Collective.BROADCAST).messages());
    }

    @Test
    void onlyReduceAllReduceAndBroadcastHaveAnInNetworkForm() throws ConfigException {
        Collectives c = new Collectives(mesh(2), machine(2));
        assertThrows(IllegalArgumentException.class, () -> c.run(Collective.SCATTER, Algorithm.IN_NETWORK, 64, 4));
        assertEquals("in-network", Algorithm.IN_NETWORK.displayName());
    }
}
