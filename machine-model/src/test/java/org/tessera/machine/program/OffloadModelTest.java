package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.Presets;
import org.tessera.machine.program.HostLink.Direction;
import org.tessera.machine.stats.JsonReport;

class OffloadModelTest {
    /** 1 µs per transfer, 16 GB/s = 16 bytes per ns. */
    private static final long LATENCY = 1_000_000;
    private static final long BANDWIDTH = 16_000_000_000L;

    /**
     * mesh-8x8 (1 GHz tiles) with a host that runs cpython-like at 1 GHz and speed-up 1, so a host
     * cycle, a tile cycle and a nanosecond are the same.
     */
    private static ProgramModel model(Offload mode, long threshold) throws Exception {
        ProgramModel model = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        model.setOffload(new OffloadOptions(mode, threshold, 1000, 1, CostTable.load("cpython-like"), LATENCY, BANDWIDTH));
        return model;
    }

    @Test
    void aTransferOnAnIdleLinkTakesLatencyPlusBytesOverBandwidth() {
        HostLink link = new HostLink(LATENCY, BANDWIDTH);
        // 40 payload bytes + the 24-byte header = 64 bytes = 4 ns at 16 bytes/ns; sent at 5 ns:
        // 5,000 + 1,000,000 + 4,000 ps.
        assertEquals(1_009_000, link.send(Direction.TO_DEVICE, 40, 5_000));
        // sent at the same time behind it: starts when the first's bytes are out (9,000 ps)
        assertEquals(1_013_000, link.send(Direction.TO_DEVICE, 40, 5_000));
        // the other direction is free
        assertEquals(1_009_000, link.send(Direction.TO_HOST, 40, 5_000));
        assertEquals(2, link.transfers[Direction.TO_DEVICE.ordinal()]);
        assertEquals(128, link.bytes[Direction.TO_DEVICE.ordinal()]);
        assertEquals(8_000, link.busyPicos[Direction.TO_DEVICE.ordinal()]);
        // 1 byte past a whole picosecond rounds up: 25 bytes = 1,562.5 ps → 1,563
        assertEquals(1_563, link.serialisationPicos(25));
    }

    @Test
    void coarseForwardsEachPrintAsOneRoundTripOfItsBytes() throws Exception {
        int prints = 5;
        ProgramModel plain = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        ProgramModel coarse = model(Offload.COARSE, 0);
        for (ProgramModel m : new ProgramModel[]{plain, coarse}) {
            for (int i = 0; i < prints; i++) {
                m.event(Event.STATEMENT);
                m.event(Event.BUILTIN_CALL);
                m.systemCall(40, 0);
            }
        }
        Summary p = plain.finish();
        Summary c = coarse.finish();
        // Each print: 64 bytes to the host (4 ns) + 1 µs, the host's built-in call (S cycles = S ns),
        // 24 bytes back (1.5 ns) + 1 µs = 2,005.5 + S ns, ready at the next whole tile cycle.
        long service = CostTable.load("cpython-like").totals()[Event.BUILTIN_CALL.ordinal()];
        long roundTrip = 2006 + service;
        assertEquals(p.totalCycles() + prints * roundTrip, c.totalCycles());
        assertEquals(prints * roundTrip, c.cycles(Category.REMOTE_ACCESS), "the device waits for the host");
        assertEquals(c.totalCycles(), c.categoryTotal(), "on the device every cycle is still charged");
        OffloadModel o = coarse.offload();
        assertEquals(prints, o.link().transfers[Direction.TO_HOST.ordinal()]);
        assertEquals(prints * 64L, o.link().bytes[Direction.TO_HOST.ordinal()]);
        assertEquals(prints * 24L, o.link().bytes[Direction.TO_DEVICE.ordinal()]);
        assertEquals(prints, o.systemCallsForwarded);
    }

    @Test
    void aFunctionBelowTheThresholdNeverLeavesTheHost() throws Exception {
        ProgramModel fine = model(Offload.FINE, 10);
        ProgramModel host = model(Offload.HOST, 10);
        for (ProgramModel m : new ProgramModel[]{fine, host}) {
            for (int i = 0; i < 10; i++) {
                call(m);
            }
        }
        OffloadModel o = fine.offload();
        assertEquals(0, o.link().transfers[0] + o.link().transfers[1], "ten calls, threshold ten: all on the host");
        assertEquals(0, o.offloadedCalls);
        assertEquals(host.now(), fine.now());
        long before = fine.now();
        long hostBefore = host.now();
        call(fine);
        call(host);
        // The eleventh call goes: 2 arguments = 16 + 24 bytes (2.5 ns) + 1 µs, rounded up to the next
        // tile cycle (1,003 ns); its events cost the same on the device; the result (8 + 24 bytes,
        // 2 ns) + 1 µs comes back: 2,005 cycles more than on the host.
        fine.finish();
        host.finish();
        assertEquals(host.now() - hostBefore + 2005, fine.now() - before);
        assertEquals(1, o.offloadedCalls);
        assertEquals(40, o.link().bytes[Direction.TO_DEVICE.ordinal()]);
        assertEquals(32, o.link().bytes[Direction.TO_HOST.ordinal()]);
    }

    private static void call(ProgramModel m) {
        m.event(Event.STATEMENT);
        m.event(Event.CALL);
        m.enterCall(ProgramModel.UNTRACKED);
        m.enterFunction(0, 2);
        m.event(Event.STATEMENT);
        m.event(Event.LOCAL_READ);
        m.event(Event.ARITHMETIC);
        m.exitFunction();
        m.exitCall();
        m.event(Event.RETURN);
    }

    @Test
    void anObjectMovesToTheSideThatTouchesIt() throws Exception {
        ProgramModel fine = model(Offload.FINE, 0);
        fine.event(Event.STATEMENT);
        int made = fine.newObject(96);
        fine.enterFunction(0, 1);
        fine.access(made, 8, false);
        fine.access(made, 8, true);
        fine.exitFunction();
        fine.access(made, 8, false);
        fine.finish();
        OffloadModel o = fine.offload();
        assertEquals(1, o.objectsToDevice, "moved once; the second access is local");
        assertEquals(1, o.objectsToHost);
        // To the device: the call (1 argument: 8 + 24 bytes), the object the device asked for
        // (96 + 24), the host's request for it later (24). To the host: the device's request (24),
        // the result (8 + 24), the object (96 + 24).
        assertEquals(32 + 120 + 24, o.link().bytes[Direction.TO_DEVICE.ordinal()]);
        assertEquals(24 + 32 + 120, o.link().bytes[Direction.TO_HOST.ordinal()]);
    }

    @Test
    void aHostLikeTheDeviceTakesTheDevicesTime() throws Exception {
        // The host runs the same table at the same clock with speed-up 1: a program that never
        // collects takes the same cycles on either.
        ProgramModel device = new ProgramModel(TestPrograms.options(Placement.LOCAL));
        ProgramModel host = model(Offload.HOST, 0);
        Summary d = TestPrograms.objectWalk(device, 200, 32, 3);
        Summary h = TestPrograms.objectWalk(host, 200, 32, 3);
        assertEquals(0, d.gcCount());
        assertEquals(d.totalCycles(), h.totalCycles());
        assertEquals(0, h.events(), "no event ran on the device");
        assertTrue(h.offload().getFirst().startsWith("offload         host"));
    }

    @Test
    void offloadNoneChangesNothing() throws Exception {
        ProgramModel without = new ProgramModel(TestPrograms.options(Placement.ROUND_ROBIN));
        ProgramModel none = new ProgramModel(TestPrograms.options(Placement.ROUND_ROBIN));
        none.setOffload(OffloadOptions.of(Offload.NONE, CostTable.load("cpython-like")));
        none.systemCall(100, 8);
        Summary a = TestPrograms.objectWalk(without, 500, 32, 2);
        Summary b = TestPrograms.objectWalk(none, 500, 32, 2);
        assertEquals(a.format(), b.format());
        assertEquals(JsonReport.text(Report.json(a, without)), JsonReport.text(Report.json(b, none)));
        assertTrue(b.offload().isEmpty());
    }

    @Test
    void optionTextsAreParsedWithUnits() {
        assertEquals(500_000, OffloadOptions.parseLatency("500"));
        assertEquals(100_000, OffloadOptions.parseLatency("0.1us"));
        assertEquals(2_000_000, OffloadOptions.parseLatency("2 µs"));
        assertEquals(16_000_000_000L, OffloadOptions.parseBandwidth("16GB/s"));
        assertEquals(31_500_000_000L, OffloadOptions.parseBandwidth("31.5GB/s"));
        assertThrows(IllegalArgumentException.class, () -> OffloadOptions.parseLatency("-1ns"));
        assertThrows(IllegalArgumentException.class, () -> OffloadOptions.parseBandwidth("fast"));
        assertThrows(IllegalArgumentException.class, () -> OffloadOptions.parseBandwidth("0GB/s"));
    }

    @Test
    void aHostAndAJitModelDoNotMix() throws Exception {
        ProgramModel m = model(Offload.FINE, 0);
        assertThrows(IllegalStateException.class, () -> m.setOffload(OffloadOptions.of(Offload.COARSE, CostTable.load("cpython-like"))));
        assertTrue(Presets.load("mesh-8x8").tiles().clock().megahertz() == 1000, "the tests' arithmetic assumes 1 GHz tiles");
    }
}
