package org.tessera.machine.collective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.time.Cycles;

class CollectivesTest {
    private static MachineConfig mesh(int k) throws ConfigException {
        return ConfigLoader.parse("topology: {kind: mesh, dimensions: [" + k + ", " + k + "]}\ncollective: {message_overhead_cycles: 20}\n", "test",
                        "test");
    }

    private static Collectives collectives(MachineConfig machine) {
        return new Collectives(Network.create(machine, new Engine()), machine);
    }

    @Test
    void anUnsupportedCombinationListsTheValidAlgorithms() throws ConfigException {
        Collectives c = collectives(mesh(4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.run(Collective.SCATTER, Algorithm.RECURSIVE_DOUBLING, 64, 8));
        assertEquals("scatter has no recursive-doubling algorithm; valid algorithms for scatter: TREE, RING", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.run(Collective.REDUCE, Algorithm.RECURSIVE_DOUBLING, 64, 8));
        assertEquals("reduce has no recursive-doubling algorithm; valid algorithms for reduce: TREE, RING, RABENSEIFNER, IN_NETWORK", e.getMessage());
    }

    @Test
    void badRequestsAreRejected() throws ConfigException {
        Collectives c = collectives(mesh(4));
        assertThrows(IllegalArgumentException.class, () -> c.run(Collective.BARRIER, Algorithm.TREE, 8, 4), "a barrier has no data");
        assertThrows(IllegalArgumentException.class, () -> c.run(Collective.BROADCAST, Algorithm.TREE, 64, 17), "17 ranks on 16 tiles");
        assertThrows(IllegalArgumentException.class, () -> CollectiveRequest.of(Collective.BROADCAST, Algorithm.TREE, 64, 4).withRoot(4));
        assertThrows(IllegalArgumentException.class,
                        () -> CollectiveRequest.of(Collective.ALL_REDUCE, Algorithm.RING, 60, 2).withValues(new long[][]{new long[8], new long[8]}),
                        "60 bytes are not 8 equal elements");
        assertThrows(IllegalArgumentException.class, () -> c.run(CollectiveRequest.of(Collective.BROADCAST, Algorithm.TREE, 64, 2).withPlacement(0, 16)));
        assertThrows(IllegalArgumentException.class,
                        () -> c.run(CollectiveRequest.of(Collective.ALL_REDUCE, Algorithm.RING, 64, 2).withValues(new long[][]{new long[8], null})),
                        "all-reduce reads every rank's values");
    }

    @Test
    void theSameRunGivesTheSameCycles() throws ConfigException {
        // Recursive doubling on a mesh contends for links, so arbitration order matters.
        List<CollectiveResult> results = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            results.add(collectives(mesh(8)).run(Collective.ALL_REDUCE, Algorithm.RECURSIVE_DOUBLING, 8192, 64));
        }
        assertEquals(results.get(0), results.get(1));
        assertTrue(results.get(0).duration().count() > 0);
    }

    @Test
    void oneRankSendsNothingAndFinishesAtOnce() throws ConfigException {
        CollectiveResult r = collectives(mesh(4)).run(Collective.ALL_REDUCE, Algorithm.RING, 1024, 1);
        assertEquals(0, r.messages());
        assertEquals(Cycles.ZERO, r.duration());
    }

    @Test
    void messageCountsFollowTheAlgorithms() throws ConfigException {
        Collectives c = collectives(mesh(4));
        assertEquals(11, c.run(Collective.BROADCAST, Algorithm.TREE, 64, 12).messages(), "p − 1");
        assertEquals(12 * 4, c.run(Collective.BARRIER, Algorithm.RECURSIVE_DOUBLING, 0, 12).messages(), "p⌈lg p⌉");
        assertEquals(2 * 11, c.run(Collective.BARRIER, Algorithm.RING, 0, 12).messages(), "2(p − 1)");
        assertEquals(8 * 3 + 2 * 4, c.run(Collective.ALL_REDUCE, Algorithm.RECURSIVE_DOUBLING, 64, 12).messages(), "p'·lg p' + 2r, p' = 8, r = 4");
        assertEquals(2 * 12 * 11, c.run(Collective.ALL_REDUCE, Algorithm.RING, 64, 12).messages(), "2p(p − 1)");
    }

    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = {"TREE", "RING", "RECURSIVE_DOUBLING"})
    void noRankLeavesABarrierBeforeTheLastHasEntered(Algorithm algorithm) throws ConfigException {
        int p = 13;
        long[] arrivals = new long[p];
        arrivals[7] = 5000;
        arrivals[2] = 300;
        CollectiveResult r = collectives(mesh(4)).run(CollectiveRequest.of(Collective.BARRIER, algorithm, 0, p).withArrivals(arrivals));
        for (int rank = 0; rank < p; rank++) {
            assertTrue(r.rankEnds().get(rank).count() > 5000, algorithm + ": rank " + rank + " left at " + r.rankEnds().get(rank));
        }
        assertTrue(r.end().count() < 5000 + 1000, "the barrier ends soon after the last arrival: " + r.end());
    }

    @Test
    void startRunsAtTheCurrentCycleAndReportsWhenDone() throws ConfigException {
        MachineConfig machine = mesh(4);
        long alone = collectives(machine).run(Collective.ALL_GATHER, Algorithm.RING, 4096, 16).duration().count();

        Engine engine = new Engine();
        Collectives c = new Collectives(Network.create(machine, engine), machine);
        List<CollectiveResult> done = new ArrayList<>();
        engine.schedule(Cycles.of(1000), () -> c.start(Collective.ALL_GATHER, Algorithm.RING, 4096, 16, done::add));
        assertTrue(engine.runUntilIdle(Cycles.of(1_000_000)));
        assertEquals(1, done.size());
        assertEquals(1000, done.getFirst().start().count());
        assertEquals(alone, done.getFirst().duration().count(), "the same collective takes as long whenever it starts");
        assertEquals(done.getFirst().end().count() + 1, engine.nowCycle(), "nothing was left running");
    }

    @Test
    void overheadQueuesBehindOtherWorkOnTheSameTile() throws ConfigException {
        MachineConfig machine = mesh(4);
        long alone = collectives(machine).run(Collective.BROADCAST, Algorithm.TREE, 1024, 16).duration().count();

        Engine engine = new Engine();
        Network network = Network.create(machine, engine);
        Tiles tiles = new Tiles(machine, engine);
        int rootTile = network.topology().ringOrder()[0];
        tiles.compute(rootTile, 500, null);
        CollectiveResult shared = new Collectives(network, machine, tiles).run(Collective.BROADCAST, Algorithm.TREE, 1024, 16);
        assertEquals(alone + 500, shared.duration().count(), "the root's first send waits for its only thread");
        assertTrue(tiles.busyCycles(rootTile) >= 500 + 4 * 20, "the sends' overhead is busy time of the root's tile");
    }

    @Test
    void anExplicitPlacementMovesTheSameValues() throws ConfigException {
        MachineConfig machine = mesh(4);
        int p = 10;
        DeterministicRandom random = new DeterministicRandom(7);
        int[] placement = {15, 3, 8, 0, 12, 5, 9, 1, 14, 6};
        long[][] inputs = new long[p][24];
        long[] sum = new long[24];
        for (int r = 0; r < p; r++) {
            for (int i = 0; i < 24; i++) {
                inputs[r][i] = random.nextLong();
                sum[i] += inputs[r][i];
            }
        }
        CollectiveResult r = collectives(machine).run(CollectiveRequest.of(Collective.ALL_REDUCE, Algorithm.RING, 24 * 8, p).withPlacement(placement)
                        .withValues(inputs));
        for (int rank = 0; rank < p; rank++) {
            assertArrayEquals(sum, r.values().get(rank));
        }
    }
}
