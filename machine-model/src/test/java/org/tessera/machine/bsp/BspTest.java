package org.tessera.machine.bsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.tile.Tiles;

class BspTest {
    private static final int TILES = 16;

    private final MachineConfig machine;
    private final Engine engine = new Engine();
    private final Network network;
    private final Tiles tiles;
    private final Bsp bsp;

    BspTest() throws ConfigException {
        machine = ConfigLoader.parse("topology: {kind: exchange, tiles: 16}\nnetwork: {flit_bytes: 4, virtual_channels: 1}\nbsp: {sync_cycles: 50}\n",
                        "test", "test");
        network = Network.create(machine, engine);
        tiles = new Tiles(machine, engine);
        bsp = new Bsp(network, machine, tiles);
    }

    private static long[] computeCycles(long perTile) {
        long[] cycles = new long[TILES];
        for (int t = 0; t < TILES; t++) {
            cycles[t] = perTile * t;
        }
        return cycles;
    }

    @Test
    void phasesAreComputeThenSyncThenExchange() {
        List<Transfer> shift = new ArrayList<>();
        for (int t = 0; t < TILES; t++) {
            shift.add(new Transfer(t, (t + 1) % TILES, 256));
        }
        SuperstepResult r = bsp.run(Superstep.of(computeCycles(10), shift));
        assertEquals(150, r.computeCycles().count(), "the slowest tile");
        assertEquals(50, r.syncCycles().count());
        // A permutation meets no contention on the exchange: one crossing of 64 flits.
        assertEquals(network.zeroLoadLatency(0, 1, 64), r.exchangeCycles().count());
        assertEquals(150 + 50 + network.zeroLoadLatency(0, 1, 64), r.totalCycles().count());
        assertEquals(16, r.messages());
        assertEquals(16 * 256, r.bytes());
        assertEquals(256, r.hRelationBytes());
    }

    @Test
    void exchangeTimeGrowsWithTheHRelation() {
        List<Transfer> toOne = new ArrayList<>();
        for (int t = 1; t < TILES; t++) {
            toOne.add(new Transfer(t, 0, 256));
        }
        SuperstepResult r = bsp.run(Superstep.of(new long[TILES], toOne));
        assertEquals(15 * 256, r.hRelationBytes());
        double gh = r.hRelationBytes() / (double) machine.network().flitBytes();
        long exchange = r.exchangeCycles().count();
        assertTrue(exchange >= gh && exchange <= 1.1 * gh, "exchange " + exchange + " cycles, g·h = " + gh);
    }

    @Test
    void superstepsRunBackToBack() {
        Superstep step = Superstep.of(computeCycles(3), List.of(new Transfer(2, 9, 40)));
        List<SuperstepResult> results = bsp.run(List.of(step, step, step));
        assertEquals(3, results.size());
        for (int i = 1; i < 3; i++) {
            assertEquals(results.get(i - 1).end(), results.get(i).start());
            assertEquals(results.getFirst().totalCycles(), results.get(i).totalCycles());
        }
        assertEquals(3 * 45, tiles.busyCycles(15), "tile 15 computed 45 cycles per superstep");
    }

    @Test
    void computeWaitsForABusyThread() {
        tiles.compute(4, 1000, null);
        SuperstepResult r = bsp.run(Superstep.of(computeCycles(1), List.of()));
        assertEquals(1000 + 4, r.computeCycles().count(), "tile 4's work queued behind the task already running");
        assertEquals(0, r.exchangeCycles().count());
    }

    @Test
    void aSuperstepMustDescribeEveryTile() {
        assertThrows(IllegalArgumentException.class, () -> bsp.run(Superstep.of(new long[4], List.of())));
        assertThrows(IllegalArgumentException.class, () -> bsp.run(Superstep.of(new long[TILES], List.of(new Transfer(0, 16, 8)))));
    }
}
