package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.OffChipConfig;
import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.stats.JsonReport;
import org.tessera.machine.topology.Topology;

/** Off-chip memory, memory tiles and software caches, against answers worked out by hand. */
class MemoryModelTest {
    /** A 4×4 mesh (1-cycle routers and links, 8-byte flits, 8-byte headers) with DRAM controllers at its corners: tiles 0, 3, 12, 15. */
    private static MachineConfig cornerMesh(String offchip) throws ConfigException {
        return ConfigLoader.parse("""
                        topology: {kind: mesh, dimensions: [4, 4]}
                        tiles: {sram_bytes: 1KiB}
                        memory:
                          offchip: {controllers: corners, latency_ns: 100, gbytes_per_second: 32, burst_bytes: 64%s}
                        """.formatted(offchip), "test", "corner-mesh");
    }

    private static ProgramModel model(MachineConfig machine, MemoryOptions memory) throws ConfigException {
        ProgramModel model = new ProgramModel(TestPrograms.options(machine, Placement.LOCAL, GcMode.SOFTWARE));
        model.setMemory(memory);
        return model;
    }

    private static MemoryOptions memoryTiles(long cacheBytes, CachePolicy policy) {
        return new MemoryOptions(MemorySystem.MEMORY_TILES, 2, cacheBytes, policy, 4);
    }

    @Test
    void anOffChipReadOnAnIdleNetworkIsTheHopsBothWaysPlusTheBurstAndTheDramLatency() throws Exception {
        ProgramModel model = model(cornerMesh(""), MemoryOptions.SRAM.withSystem(MemorySystem.OFFCHIP));
        int nearController = model.newObject(8);
        int farController = model.newObject(8);
        long before = model.now();
        model.access(farController, 8, false);
        // Object 1 lives behind controller 1, on tile 3 = (3,0): 4 routers from tile 0. Request: 8-byte
        // header, 1 flit: 4·(1 + 1) + 1 = 9. One 64-byte burst at 32 B/cycle: 2. DRAM: 100 ns at 1 GHz =
        // 100. Response: header + 8 bytes, 2 flits: 4·2 + 2 = 10. Usable a cycle later: 9 + 2 + 100 + 10 + 1.
        assertEquals(122, model.now() - before);
        before = model.now();
        model.access(nearController, 8, true);
        // Object 0 behind tile 0's own router (1 router): the write request carries the data (2 flits):
        // 2 + 2 = 4; burst 2; DRAM 100; the acknowledgement, 1 flit: 2 + 1 = 3; + 1.
        assertEquals(110, model.now() - before);
        Summary s = model.finish();
        assertEquals(122 + 110, s.cycles(Category.REMOTE_ACCESS), "all of an off-chip access is remote access");
        assertEquals(s.totalCycles(), s.categoryTotal());
        assertEquals(2, s.remoteAccesses());
        assertEquals(4, s.messages());
        assertEquals(0, model.heaps().usedBytes(0), "off-chip objects take no SRAM");
        assertTrue(s.format().contains("off-chip        2 objects (16 bytes, 0 beyond capacity); 2 requests (1 reads, 1 writes), 16 bytes, 0 cycles queueing"),
                        s.format());
    }

    @Test
    void aControllerServesBackToBackRequestsOneAfterAnotherAtItsBandwidth() throws Exception {
        MachineConfig machine = cornerMesh("");
        OffChipConfig slow = new OffChipConfig("corners", 100, 8, 64, 1L << 30, OffChipConfig.Homing.INTERLEAVED);
        OffChipMemory dram = new OffChipMemory(slow, Topology.of(machine.topology()), 1000);
        long burst = dram.serialisation(8);
        assertEquals(8, burst, "one 64-byte burst at 8 bytes per cycle");
        // Three requests reach controller 0 (tile 0) at cycle 50: served at 50, 58 and 66, so their
        // responses leave 8 + 100, 16 + 100 and 24 + 100 cycles after they arrived.
        assertEquals(108, dram.serve(0, 50, burst));
        assertEquals(116, dram.serve(0, 50, burst));
        assertEquals(124, dram.serve(0, 50, burst));
        assertEquals(0 + 8 + 16, dram.queueCycles[0]);
        // Another controller is free; the first is free again from cycle 74.
        assertEquals(108, dram.serve(3, 50, burst));
        assertEquals(108, dram.serve(0, 74, burst));
        assertEquals(5, dram.requests[0] + dram.requests[1]);
        assertEquals(24, dram.serialisation(130), "130 bytes are three 64-byte bursts: 192 bytes at 8 per cycle");
    }

    @Test
    void aControllerIsAssignedByInterleavingOrToTheNearest() throws Exception {
        MachineConfig machine = cornerMesh(", homing: nearest");
        ProgramModel model = model(machine, MemoryOptions.SRAM.withSystem(MemorySystem.OFFCHIP));
        for (int i = 0; i < 4; i++) {
            model.newObject(8);
            assertEquals(0, model.objects().home(i), "every object behind tile 0's own controller");
        }
        ProgramModel interleaved = model(cornerMesh(""), MemoryOptions.SRAM.withSystem(MemorySystem.OFFCHIP));
        int[] homes = new int[5];
        for (int i = 0; i < homes.length; i++) {
            homes[i] = interleaved.objects().home(interleaved.newObject(8));
        }
        assertArrayEquals(new int[] {0, 3, 12, 15, 0}, homes);
    }

    @Test
    void controllersSitAtTheCornersSidesEdgesOrSpreadRoundTheRing() throws Exception {
        Topology mesh = Topology.of(TestPrograms.mesh("64KiB").topology());
        assertArrayEquals(new int[] {0, 7, 56, 63}, OffChipMemory.controllerTiles("corners", mesh));
        assertArrayEquals(new int[] {4, 32, 39, 60}, OffChipMemory.controllerTiles("sides", mesh), "(4,0), (0,4), (7,4), (4,7)");
        assertEquals(28, OffChipMemory.controllerTiles("edges", mesh).length);
        assertArrayEquals(new int[] {0, 7, 63, 56}, OffChipMemory.controllerTiles("4", mesh), "every 7th tile round the 28-tile ring");
    }

    @Test
    void badControllerSettingsNameTheKeyAndTheLine() {
        ConfigException word = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
                        topology: {kind: mesh, dimensions: [8, 8]}
                        memory:
                          offchip:
                            controllers: middle
                        """, "bad.yaml", "bad"));
        assertEquals("bad.yaml:4: memory.offchip.controllers: expected corners, sides, edges or a number of controllers, got 'middle'", word.getMessage());
        ConfigException many = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
                        topology: {kind: mesh, dimensions: [8, 8]}
                        memory: {offchip: {controllers: 29}}
                        """, "bad.yaml", "bad"));
        assertEquals("bad.yaml:2: memory.offchip.controllers: must be between 1 and the 28 edge tiles of an 8×8 mesh, got 29", many.getMessage());
        ConfigException key = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
                        topology: {kind: mesh, dimensions: [8, 8]}
                        memory: {offchip: {latency: 5}}
                        """, "bad.yaml", "bad"));
        assertTrue(key.getMessage().startsWith("bad.yaml:2: memory.offchip.latency: unknown key in the memory.offchip section"), key.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
                        topology: {kind: mesh, dimensions: [8, 8]}
                        memory: {offchip: {gbytes_per_second: 0}}
                        """, "bad.yaml", "bad"));
        assertEquals("bad.yaml:2: memory.offchip.gbytes_per_second: must be between 0.001 and 1000000, got 0", range.getMessage());
    }

    @Test
    void spillOffChipSendsWhatDoesNotFitTheTileOffChipInsteadOfToANeighbour() throws Exception {
        for (MemorySystem system : new MemorySystem[] {MemorySystem.SRAM, MemorySystem.SPILL_OFFCHIP}) {
            ProgramModel model = model(cornerMesh(""), MemoryOptions.SRAM.withSystem(system));
            for (int i = 0; i < 100; i++) {
                model.event(Event.STATEMENT);
                model.newObject(32);
            }
            Summary s = model.finish();
            // 1 KiB of SRAM holds 32 objects of 32 bytes; with no Liveness all stay alive.
            assertEquals(system == MemorySystem.SRAM ? 68 : 0, s.spills(), system.spelling());
            assertEquals(system == MemorySystem.SRAM ? 0 : 68, model.memory() == null ? 0 : model.memory().offChip().objects, system.spelling());
        }
    }

    @Test
    void aCacheWithRoomForTheWorkingSetMissesOncePerObjectThenOnlyHits() throws Exception {
        ProgramModel model = model(TestPrograms.mesh("64KiB"), memoryTiles(16_384, CachePolicy.LRU));
        int[] ids = new int[100];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = model.newObject(32);
            assertEquals(1, model.objects().home(ids[i]) % 2, "homed on a memory tile (odd tiles)");
        }
        long before = model.now();
        model.access(ids[0], 8, false);
        Transport t = model.transport();
        int home = model.objects().home(ids[0]);
        // The tag check (4), the request (header), the SRAM access at home (1), the whole object back.
        assertEquals(4 + t.zeroLoad(0, home, 8) + 1 + t.zeroLoad(home, 0, 8 + 32) + 1, model.now() - before);
        before = model.now();
        model.access(ids[0], 8, false);
        assertEquals(4 + 1, model.now() - before, "a hit: the tag check and a local SRAM access");
        for (int round = 0; round < 5; round++) {
            for (int id : ids) {
                model.access(id, 8, round == 4);
            }
        }
        MemoryModel m = model.memory();
        assertEquals(100, m.misses);
        assertEquals(1 + 500 - 99, m.hits);
        assertEquals(0, m.evictions);
        assertEquals(0, m.writeBacks);
        Summary s = model.finish();
        assertEquals(s.totalCycles(), s.categoryTotal());
        assertEquals(16_384, model.heaps().usedBytes(0), "the cache took its SRAM from tile 0's heap");
    }

    /** A B A C A through a two-object cache: LRU keeps A (evicts B for C); FIFO evicts A for C, then B for A. */
    @Test
    void lruAndFifoEvictAsTheirNamesSay() throws Exception {
        for (CachePolicy policy : new CachePolicy[] {CachePolicy.LRU, CachePolicy.FIFO}) {
            ProgramModel model = model(TestPrograms.mesh("64KiB"), memoryTiles(64, policy));
            int a = model.newObject(32);
            int b = model.newObject(32);
            int c = model.newObject(32);
            for (int id : new int[] {a, b, a, c, a}) {
                model.access(id, 8, false);
            }
            MemoryModel m = model.memory();
            assertEquals(policy == CachePolicy.LRU ? 3 : 4, m.misses, policy.spelling());
            assertEquals(policy == CachePolicy.LRU ? 2 : 1, m.hits, policy.spelling());
            assertEquals(policy == CachePolicy.LRU ? 1 : 2, m.evictions, policy.spelling());
        }
    }

    @Test
    void theSoftwareCacheEvictsInOrder() {
        SoftwareCache lru = new SoftwareCache(96, CachePolicy.LRU, DeterministicRandom.stream(1, 0));
        lru.insert(1, 32, false);
        lru.insert(2, 32, false);
        lru.insert(3, 32, false);
        assertEquals(null, lru.victim(0));
        lru.lookup(1);
        assertEquals(2, lru.victim(32).id, "2 is now the least recently used");
        SoftwareCache fifo = new SoftwareCache(96, CachePolicy.FIFO, DeterministicRandom.stream(1, 0));
        fifo.insert(1, 32, false);
        fifo.insert(2, 32, false);
        fifo.insert(3, 32, false);
        fifo.lookup(1);
        assertEquals(1, fifo.victim(32).id, "1 came first, used or not");
        fifo.remove(fifo.victim(32));
        assertEquals(64, fifo.usedBytes());
        assertEquals(2, fifo.victim(64).id);
    }

    @Test
    void aDirtyObjectIsWrittenBackWhenEvictedAndACleanOneIsNot() throws Exception {
        ProgramModel model = model(TestPrograms.mesh("64KiB"), memoryTiles(64, CachePolicy.LRU));
        int a = model.newObject(32);
        int b = model.newObject(32);
        int c = model.newObject(32);
        model.access(a, 8, true);
        model.access(b, 8, false);
        long messages = model.transport().messages;
        model.access(c, 8, false);
        assertEquals(messages + 4, model.transport().messages, "A written back (request and acknowledgement), then C fetched");
        model.access(a, 8, false);
        MemoryModel m = model.memory();
        assertEquals(1, m.writeBacks, "B was clean");
        assertEquals(32, m.writeBackBytes);
        assertEquals(2, m.evictions);
        Summary s = model.finish();
        assertEquals(s.totalCycles(), s.categoryTotal());
    }

    @Test
    void randomEvictionIsTheSameOnEveryRun() throws Exception {
        long[] first = null;
        for (int run = 0; run < 2; run++) {
            ProgramModel model = model(TestPrograms.mesh("64KiB"), memoryTiles(256, CachePolicy.RANDOM));
            int[] ids = new int[20];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = model.newObject(32);
            }
            for (int i = 0; i < 400; i++) {
                model.access(ids[(i * 7) % 20], 8, i % 3 == 0);
            }
            MemoryModel m = model.memory();
            long[] counts = {m.hits, m.misses, m.writeBacks, model.now()};
            assertTrue(m.hits > 0 && m.misses > 20, "some of each: " + m.hits + " hits");
            if (first == null) {
                first = counts;
            } else {
                assertArrayEquals(first, counts);
            }
        }
    }

    @Test
    void memoryTilesRunNoTasks() throws Exception {
        ProgramModel model = model(TestPrograms.mesh("64KiB"), memoryTiles(1024, CachePolicy.LRU));
        TestPrograms.equalTasks(model, 64, 100);
        for (int tile = 1; tile < 64; tile += 2) {
            assertEquals(0, model.busyCycles[tile], "memory tile " + tile);
        }
        assertTrue(model.busyCycles[62] > 0, "the 32 compute tiles run two tasks each");
    }

    @Test
    void callsDoNotMigrateToMemoryTiles() throws Exception {
        ProgramOptions migrate = TestPrograms.options(TestPrograms.mesh("64KiB"), Placement.LOCAL, GcMode.SOFTWARE).withExecution(Execution.MIGRATE_TO_DATA);
        ProgramModel model = new ProgramModel(migrate);
        model.setMemory(memoryTiles(0, CachePolicy.LRU));
        Summary s = TestPrograms.objectWalk(model, 200, 32, 3);
        assertEquals(0, s.migrations(), "with no cache every receiver access is remote, yet the calls stay on tile 0");
        assertTrue(s.remoteAccesses() > 0);
    }

    @Test
    void objectsBiggerThanTheCacheAreAccessedRemotely() throws Exception {
        ProgramModel model = model(TestPrograms.mesh("64KiB"), memoryTiles(64, CachePolicy.LRU));
        int big = model.newObject(100);
        model.access(big, 8, false);
        model.access(big, 8, false);
        assertEquals(2, model.memory().bypasses);
        assertEquals(0, model.memory().misses);
    }

    @Test
    void aCacheThatDoesNotFitTheSramIsRefused() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(TestPrograms.mesh("1KiB"), Placement.LOCAL, GcMode.SOFTWARE));
        assertThrows(IllegalArgumentException.class, () -> model.setMemory(memoryTiles(1024, CachePolicy.LRU)));
    }

    @Test
    void memorySramChangesNothing() throws Exception {
        for (Placement placement : new Placement[] {Placement.LOCAL, Placement.ROUND_ROBIN}) {
            ProgramModel plain = new ProgramModel(TestPrograms.options(placement));
            Summary a = TestPrograms.objectWalk(plain, 3000, 32, 3);
            ProgramModel withSram = new ProgramModel(TestPrograms.options(placement));
            withSram.setMemory(MemoryOptions.SRAM);
            Summary b = TestPrograms.objectWalk(withSram, 3000, 32, 3);
            assertEquals(a.format(), b.format());
            assertEquals(JsonReport.text(Report.json(a, plain)), JsonReport.text(Report.json(b, withSram)));
            assertTrue(!a.format().contains("memory ") && !JsonReport.text(Report.json(a, plain)).contains("\"memory\""));
        }
    }

    @Test
    void theSummaryAndJsonReportTheCacheWhenItIsOn() throws Exception {
        ProgramModel model = model(TestPrograms.mesh("64KiB"), memoryTiles(16_384, CachePolicy.FIFO));
        Summary s = TestPrograms.objectWalk(model, 300, 32, 3);
        assertTrue(s.format().contains("memory          memory-tiles: 32 memory tiles (every 2nd tile), 16,384-byte fifo cache per compute tile, 4-cycle lookup"),
                        s.format());
        assertTrue(s.format().contains("cache           "), s.format());
        String json = JsonReport.text(Report.json(s, model));
        assertTrue(json.contains("\"hit_rate\""), json);
        assertEquals(s.totalCycles(), s.categoryTotal());
    }
}
