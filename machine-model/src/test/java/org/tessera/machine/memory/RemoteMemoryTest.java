package org.tessera.machine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.time.Cycles;

class RemoteMemoryTest {
    private static final String MESH = "topology: {kind: mesh, dimensions: [4, 4]}\n"
                    + "network: {flit_bytes: 8, router_latency: 2, link_latency: 1, max_packet_bytes: 256}\n"
                    + "memory: {access_cycles: 6, header_bytes: 16}\n";

    private final MachineConfig machine;
    private final Engine engine = new Engine();
    private final Network network;
    private final RemoteMemory memory;

    RemoteMemoryTest() throws ConfigException {
        machine = ConfigLoader.parse(MESH, "test", "test");
        network = Network.create(machine, engine);
        memory = new RemoteMemory(network, machine.memory());
    }

    private MemoryAccess complete(boolean read, int requester, int home, long bytes) {
        List<MemoryAccess> done = new ArrayList<>();
        if (read) {
            memory.read(requester, home, bytes, done::add);
        } else {
            memory.write(requester, home, bytes, done::add);
        }
        assertTrue(engine.runUntilIdle(Cycles.of(100_000)));
        assertEquals(1, done.size());
        return done.getFirst();
    }

    @Test
    void remoteReadAtZeroLoadIsRequestPlusAccessPlusResponse() {
        long start = engine.nowCycle();
        MemoryAccess read = complete(true, 0, 15, 64);
        // Request: the 16-byte header, 2 flits. Response: header + 64 bytes of data, 10 flits.
        long expected = network.zeroLoadLatency(0, 15, 2) + 6 + network.zeroLoadLatency(15, 0, 10);
        assertEquals(7 * 3 + 2 + 6 + 7 * 3 + 10, expected);
        assertEquals(expected, read.latency().count());
        assertEquals(start, read.issuedAt().count());
        assertEquals(MemoryAccess.Kind.READ, read.kind());
        assertTrue(read.isRemote());
    }

    @Test
    void remoteWriteCarriesTheDataOnTheRequest() {
        MemoryAccess write = complete(false, 5, 6, 100);
        // Request: header + 100 bytes, 15 flits; acknowledgement: header only, 2 flits.
        assertEquals(network.zeroLoadLatency(5, 6, 15) + 6 + network.zeroLoadLatency(6, 5, 2), write.latency().count());
    }

    @Test
    void localAccessCostsTheSramOnlyAndSendsNothing() {
        MemoryAccess read = complete(true, 3, 3, 4096);
        assertEquals(6, read.latency().count());
        assertFalse(read.isRemote());
        assertEquals(0, network.statistics().packetsGenerated());
    }

    @Test
    void accessesAndBytesAreCountedPerTile() {
        memory.read(1, 1, 8, null);
        memory.write(1, 1, 16, null);
        memory.read(1, 9, 32, null);
        memory.write(2, 9, 64, null);
        memory.read(9, 1, 128, null);
        assertTrue(engine.runUntilIdle(Cycles.of(100_000)));
        assertEquals(2, memory.localAccesses(1));
        assertEquals(24, memory.localBytes(1));
        assertEquals(1, memory.remoteAccesses(1));
        assertEquals(32, memory.remoteBytes(1));
        assertEquals(1, memory.remoteAccesses(2));
        assertEquals(64, memory.remoteBytes(2));
        assertEquals(2, memory.servedAccesses(9));
        assertEquals(1, memory.servedAccesses(1));
        assertEquals(0, memory.localAccesses(9));
    }

    @Test
    void sameAccessesGiveTheSameCycles() throws ConfigException {
        assertEquals(contendedRun(), contendedRun());
    }

    /** Every tile reads from tile 0 at once: the completion cycles under contention. */
    private static List<Long> contendedRun() throws ConfigException {
        MachineConfig machine = ConfigLoader.parse(MESH, "test", "test");
        Engine engine = new Engine();
        RemoteMemory memory = new RemoteMemory(Network.create(machine, engine), machine.memory());
        List<Long> completions = new ArrayList<>();
        for (int t = 1; t < 16; t++) {
            memory.read(t, 0, 200, a -> completions.add(a.completedAt().count()));
        }
        engine.runUntilIdle(Cycles.of(100_000));
        assertEquals(15, completions.size());
        return completions;
    }
}
