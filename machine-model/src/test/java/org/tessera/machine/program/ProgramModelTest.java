package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.Presets;

class ProgramModelTest {
    @Test
    void localPlacementOnOneTileSendsNoMessages() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        Summary s = TestPrograms.objectWalk(model, 1000, 32, 5);
        assertEquals(0, s.messages());
        assertEquals(0, s.remoteAccesses());
        assertEquals(1000 + 1000 * 5 + 100 * 5 * 2, s.localAccesses());
        assertEquals(0, s.cycles(Category.REMOTE_ACCESS));
        assertEquals(s.totalCycles(), s.categoryTotal(), "sequential code: every cycle is charged to a category");
        assertEquals(s.totalCycles(), s.busiestTiles().getFirst().busyCycles(), "all of it on tile 0");
    }

    @Test
    void roundRobinOver64TilesMakesAlmostAllAccessesRemote() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.ROUND_ROBIN));
        Summary s = TestPrograms.objectWalk(model, 6400, 32, 2);
        assertEquals(63.0 / 64, s.remoteFraction(), 0.002);
        assertEquals(2 * (s.remoteAccesses() + s.remoteAllocations()), s.messages(), "a request and a response each");
        assertEquals(6300, s.remoteAllocations());
        double meanWait = (double) s.cycles(Category.REMOTE_ACCESS) / (s.remoteAccesses() + s.remoteAllocations());
        // From corner tile 0 another tile is 7.1 hops away on average, so 8.1 routers at 2 cycles each
        // way, plus 1-5 flits per message and a cycle to take the response: about 36.5 cycles.
        assertEquals(36.5, meanWait, 1.5, "a zero-load round trip across the 8×8 mesh from its corner");
        assertEquals(s.totalCycles(), s.categoryTotal(), "waiting for the network is charged too");
        assertTrue(s.busiestLinks().getFirst().flits() > 0);
    }

    @Test
    void aRemoteAccessOnAnIdleNetworkTakesTheZeroLoadRoundTrip() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.ROUND_ROBIN));
        model.newObject(8);
        int far = model.newObject(8);
        long before = model.now();
        model.access(far, 8, false);
        Transport t = model.transport();
        long header = model.headerBytes();
        long expected = t.zeroLoad(0, 1, header) + model.machine().memory().accessCycles() + t.zeroLoad(1, 0, header + 8) + 1;
        assertEquals(expected, model.now() - before);
    }

    @Test
    void keptObjectsAreLiveAfterCollectionAndDroppedOnesAreNot() throws Exception {
        for (boolean keep : new boolean[]{true, false}) {
            ProgramModel model = new ProgramModel(TestPrograms.options(TestPrograms.mesh("16KiB"), Placement.ROUND_ROBIN, GcMode.SOFTWARE));
            TestPrograms.LiveSet live = new TestPrograms.LiveSet();
            model.setLiveness(live);
            int[] kept = new int[10_000];
            for (int i = 0; i < kept.length; i++) {
                model.event(Event.STATEMENT);
                kept[i] = model.newObject(32);
                live.ids.set(kept[i]);
            }
            if (!keep) {
                live.ids.clear();
            }
            for (int i = 0; i < 30_000; i++) {
                model.event(Event.STATEMENT);
                model.newObject(32);
            }
            Summary s = model.finish();
            assertTrue(s.gcCount() >= 64, "every tile collected: " + s.gcCount());
            if (keep) {
                assertEquals(10_000, s.liveObjectsAfterLastGc(), 5, "the kept objects and the statement's temporaries");
                assertEquals(10_000, s.liveObjectsAtExit());
                assertEquals(10_000 * 32, s.liveBytesAfterLastGc(), 5 * 32);
            } else {
                assertTrue(s.liveObjectsAfterLastGc() <= 1, "only the temporary of the statement running: " + s.liveObjectsAfterLastGc());
                assertEquals(0, s.liveObjectsAtExit());
            }
            assertEquals(0, s.staleAccesses());
            assertEquals(0, s.overflowObjects());
        }
    }

    @Test
    void temporariesOfStatementsOnTheStackSurviveACollection() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(TestPrograms.mesh("1KiB"), Placement.LOCAL, GcMode.SOFTWARE));
        model.setLiveness(live -> { });
        model.event(Event.STATEMENT);
        int argument = model.newObject(32);
        model.enterCall(-1);
        for (int i = 0; i < 200; i++) {
            model.event(Event.STATEMENT);
            model.newObject(32);
        }
        model.exitCall();
        model.access(argument, 32, false);
        Summary s = model.finish();
        assertTrue(s.gcCount() > 0);
        assertEquals(0, s.staleAccesses(), "the caller's temporary was kept");
    }

    @Test
    void hardwareCollectionPausesLessThanSoftware() throws Exception {
        Summary software = TestPrograms.churn(new ProgramModel(TestPrograms.options(TestPrograms.mesh("8KiB"), Placement.LOCAL, GcMode.SOFTWARE)), 40_000,
                        48, 40);
        Summary hardware = TestPrograms.churn(new ProgramModel(TestPrograms.options(TestPrograms.mesh("8KiB"), Placement.LOCAL, GcMode.HARDWARE)), 40_000,
                        48, 40);
        assertTrue(software.gcCount() > 50 && hardware.gcCount() > 50, software.gcCount() + " " + hardware.gcCount());
        assertTrue(hardware.gcPauseCycles() * 3 < software.gcPauseCycles(), hardware.gcPauseCycles() + " vs " + software.gcPauseCycles());
        assertTrue(hardware.cycles(Category.GC) < software.cycles(Category.GC));
        assertTrue(hardware.totalCycles() < software.totalCycles());
        assertEquals(0, software.spills() + hardware.spills(), "the live window always fits");
    }

    @Test
    void aTinySramCollectsMoreOften() throws Exception {
        Summary roomy = TestPrograms.churn(new ProgramModel(TestPrograms.options(TestPrograms.mesh("64KiB"), Placement.LOCAL, GcMode.SOFTWARE)), 20_000, 48,
                        20);
        Summary tiny = TestPrograms.churn(new ProgramModel(TestPrograms.options(TestPrograms.mesh("4KiB"), Placement.LOCAL, GcMode.SOFTWARE)), 20_000, 48, 20);
        assertTrue(roomy.gcCount() > 0);
        assertTrue(tiny.gcCount() > 10 * roomy.gcCount(), tiny.gcCount() + " vs " + roomy.gcCount());
    }

    @Test
    void aFullHeapOfLiveObjectsSpillsToTheNearestTile() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(TestPrograms.mesh("1KiB"), Placement.LOCAL, GcMode.SOFTWARE));
        TestPrograms.LiveSet live = new TestPrograms.LiveSet();
        model.setLiveness(live);
        for (int i = 0; i < 64; i++) {
            model.event(Event.STATEMENT);
            live.ids.set(model.newObject(32));
        }
        Summary s = model.finish();
        assertEquals(32, s.spills(), "1 KiB holds 32 objects of 32 bytes");
        assertEquals(64, s.liveObjectsAtExit());
        assertEquals(4, s.gcCount(), "not at every allocation: once per quarter heap (8 objects) of allocations that failed");
        int onNeighbour = model.objects().home(63);
        assertEquals(2, model.topology().hops(0, onNeighbour), "a neighbour: two routers away");
    }

    @Test
    void tasksOn64TilesRunInParallel() throws Exception {
        ProgramOptions options = TestPrograms.options(Placement.LOCAL);
        Summary wide = TestPrograms.equalTasks(new ProgramModel(options), 64, 2_000);
        Summary narrow = TestPrograms.equalTasks(new ProgramModel(options.withTileLimit(1)), 64, 2_000);
        assertEquals(64, wide.tasks());
        long taskWork = 2_000 * CostTable.load("cpython-like").cycles(Event.ARITHMETIC);
        assertTrue(narrow.totalCycles() > 64 * taskWork, "one tile runs them one after another");
        assertTrue(wide.totalCycles() < 2 * taskWork, "64 tiles run them at once: " + wide.totalCycles());
        assertTrue(narrow.totalCycles() > 30 * wide.totalCycles(), narrow.totalCycles() + " vs " + wide.totalCycles());
        assertEquals(0, narrow.messages());
        assertEquals(2 * 63, wide.messages(), "a spawn and a result message per task off the parent's tile");
        assertEquals(3, wide.busiestTiles().size(), "the three busiest tiles are listed");
    }

    @Test
    void aBarrierWaitsForTheSlowestTask() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        long arithmetic = CostTable.load("cpython-like").cycles(Event.ARITHMETIC);
        model.beginParallel();
        for (int t = 0; t < 4; t++) {
            model.beginTask();
            for (int i = 0; i < (t + 1) * 100; i++) {
                model.event(Event.ARITHMETIC);
            }
            model.barrier();
            for (int i = 0; i < 100; i++) {
                model.event(Event.ARITHMETIC);
            }
            model.endTask();
        }
        model.endParallel();
        Summary s = model.finish();
        long slowest = 400 * arithmetic;
        long after = 100 * arithmetic;
        long sync = model.machine().bsp().syncCycles();
        assertTrue(s.totalCycles() >= slowest + sync + after, s.totalCycles() + " < " + (slowest + sync + after));
        assertTrue(s.totalCycles() < slowest + sync + after + 500, "plus spawn and result messages: " + s.totalCycles());
    }

    @Test
    void migratingCallsToTheirReceiversSavesRemoteAccesses() throws Exception {
        ProgramOptions home = TestPrograms.options(Placement.ROUND_ROBIN);
        Summary stay = methodCalls(new ProgramModel(home));
        Summary move = methodCalls(new ProgramModel(home.withExecution(Execution.MIGRATE_TO_DATA)));
        assertTrue(move.migrations() > 500, "calls moved: " + move.migrations());
        assertTrue(move.remoteAccesses() * 4 < stay.remoteAccesses(), move.remoteAccesses() + " vs " + stay.remoteAccesses());
        assertTrue(move.totalCycles() < stay.totalCycles());
    }

    /** 640 objects round-robin, each receiving a method call that reads and writes it eight times. */
    private static Summary methodCalls(ProgramModel model) {
        int[] ids = new int[640];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = model.newObject(64);
        }
        for (int id : ids) {
            model.event(Event.CALL);
            model.enterCall(id);
            for (int k = 0; k < 8; k++) {
                model.event(Event.ATTRIBUTE_READ);
                model.access(id, 8, k % 2 == 1);
            }
            model.event(Event.RETURN);
            model.exitCall();
        }
        return model.finish();
    }

    @Test
    void firstTouchHomesAnObjectWhereItIsFirstUsed() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.FIRST_TOUCH));
        int id = model.newObject(32);
        assertEquals(0, model.objects().home(id));
        model.beginParallel();
        for (int t = 0; t < 6; t++) {
            model.beginTask();
            if (t == 5) {
                model.access(id, 8, true);
                model.access(id, 8, false);
            }
            model.endTask();
        }
        model.endParallel();
        assertEquals(5, model.objects().home(id));
        model.access(id, 8, false);
        Summary s = model.finish();
        assertEquals(2, s.localAccesses(), "task 5's accesses");
        assertEquals(1, s.remoteAccesses(), "the parent's, from tile 0");
    }

    @Test
    void affinityPlacesObjectsBesideTheReceiverThatMadeThem() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.AFFINITY));
        model.beginParallel();
        model.beginTask();
        model.endTask();
        model.beginTask();
        int receiver = model.newObject(32);
        model.endTask();
        model.endParallel();
        assertEquals(1, model.objects().home(receiver), "made by task 1 on tile 1");
        model.enterCall(receiver);
        int made = model.newObject(16);
        model.exitCall();
        int outside = model.newObject(16);
        model.finish();
        assertEquals(1, model.objects().home(made));
        assertEquals(0, model.objects().home(outside));
    }

    @Test
    void hashPlacementSpreadsObjectsBySeed() throws Exception {
        ProgramOptions options = TestPrograms.options(Placement.HASH);
        ProgramModel a = new ProgramModel(options);
        int[] perTile = new int[64];
        for (int i = 0; i < 6400; i++) {
            perTile[a.objects().home(a.newObject(8))]++;
        }
        for (int n : perTile) {
            assertTrue(n > 50 && n < 150, "roughly even: " + n);
        }
        ProgramModel b = new ProgramModel(new ProgramOptions(options.machine(), options.costs(), Placement.HASH, Execution.HOME, GcMode.SOFTWARE, 7));
        int differ = 0;
        for (int i = 0; i < 100; i++) {
            differ += a.objects().home(i) != b.objects().home(b.newObject(8)) ? 1 : 0;
        }
        assertTrue(differ > 80, "another seed, another spread");
    }

    @Test
    void untrackedObjectsAreLocalAndTaskCallsStayOnTheirTile() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.ROUND_ROBIN).withExecution(Execution.MIGRATE_TO_DATA));
        model.access(ProgramModel.UNTRACKED, 8, false);
        int[] ids = new int[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = model.newObject(16);
        }
        model.beginParallel();
        model.beginTask();
        model.endTask();
        model.enterCall(ProgramModel.UNTRACKED);
        model.beginTask();
        assertEquals(1, model.currentTile());
        model.enterCall(ids[3]);
        model.access(ids[3], 8, false);
        model.exitCall();
        model.exitCall();
        model.endTask();
        model.endParallel();
        Summary s = model.finish();
        assertEquals(2, s.localAccesses(), "the untracked object, and ids[3] after the call moved to tile 3");
        assertEquals(1, s.migrations());
        assertEquals(2 * 3 + 2 + 2, s.messages(), "three remote allocations, the migration there and back, task 1's spawn and result; "
                        + "the call entered before task 1 began does not move back to tile 0 when it returns");
    }

    @Test
    void misuseIsReportedClearly() throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        assertEquals("exitCall without a matching enterCall", assertThrows(IllegalStateException.class, model::exitCall).getMessage());
        assertEquals("no object 3 (objects 0..-1)", assertThrows(IllegalArgumentException.class, () -> model.access(3, 8, false)).getMessage());
        assertEquals("beginTask outside a parallel region", assertThrows(IllegalStateException.class, model::beginTask).getMessage());
        assertEquals("endParallel without beginParallel", assertThrows(IllegalStateException.class, model::endParallel).getMessage());
        model.finish();
        assertEquals("the run has finished", assertThrows(IllegalStateException.class, model::finish).getMessage());
        assertEquals(64, model.tiles());
        assertThrows(IllegalArgumentException.class, () -> TestPrograms.options(Placement.LOCAL).withTileLimit(65));
        assertEquals(64, new ProgramOptions(Presets.load("mesh-8x8"), CostTable.load("compiled"), Placement.LOCAL, Execution.HOME, GcMode.HARDWARE, 0)
                        .tilesUsed());
    }
}
