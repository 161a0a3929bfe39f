package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.trace.TraceOptions;

/**
 * Sequential code's messages cross an idle network, so the model computes their delivery instead
 * of simulating them flit by flit; this checks, topology by topology, that the two give the same
 * run: the same summary (cycles, messages, busiest links) and the same trace.
 */
class IdleNetworkTest {
    private static final String[] MACHINES = {
        "topology: {kind: mesh, dimensions: [8, 8]}",
        "topology: {kind: torus, dimensions: [4, 4]}",
        "topology: {kind: hypercube, dimension: 4}",
        "topology: {kind: fat_tree, arity: 2, levels: 3}",
        "topology: {kind: exchange, tiles: 16}",
        "topology: {kind: mesh, dimensions: [4, 4]}\nnetwork: {flow_control: virtual_cut_through, buffer_depth: 8, router_latency: 2, link_latency: 3, flit_bytes: 4, max_packet_bytes: 32}",
        "topology: {kind: mesh, dimensions: [4, 4]}\nnetwork: {buffer_depth: 2, max_packet_bytes: 32}",
    };

    @Test
    void computingIdleDeliveriesGivesTheSameRunAsSimulatingThem() throws Exception {
        for (String yaml : MACHINES) {
            MachineConfig machine = ConfigLoader.parse(yaml + "\ntiles: {sram_bytes: 8KiB}\n", "test", "idle");
            for (Execution execution : Execution.values()) {
                String[] computed = run(machine, execution, false);
                String[] simulated = run(machine, execution, true);
                assertEquals(simulated[0], computed[0], yaml);
                assertEquals(simulated[1], computed[1], yaml);
            }
        }
    }

    @Test
    void onlySequentialSinglePacketMessagesAreComputed() throws Exception {
        MachineConfig machine = ConfigLoader.parse(MACHINES[0], "test", "idle");
        ProgramModel model = new ProgramModel(TestPrograms.options(machine, Placement.ROUND_ROBIN, GcMode.SOFTWARE));
        int small = model.newObject(16);
        int big = model.newObject(16);
        model.access(small, 8, false);
        long before = model.transport().simulated;
        model.access(big, 200, true);
        assertTrue(model.transport().simulated > before, "a 208-byte request is four packets: simulated");
        model.finish();
    }

    /** [summary, trace] of a program with remote accesses, big objects, calls, collections and a region. */
    private static String[] run(MachineConfig machine, Execution execution, boolean simulate) throws Exception {
        ProgramOptions options = TestPrograms.options(machine, Placement.ROUND_ROBIN, GcMode.HARDWARE).withExecution(execution);
        ProgramModel model = new ProgramModel(options, simulate);
        ProgramTrace trace = model.startTrace(TraceOptions.DEFAULT);
        TestPrograms.LiveSet live = new TestPrograms.LiveSet();
        model.setLiveness(live);
        int[] ids = new int[200];
        for (int i = 0; i < ids.length; i++) {
            model.event(Event.STATEMENT);
            ids[i] = model.newObject(i % 7 == 0 ? 300 : 24);
            live.ids.set(ids[i]);
            model.access(ids[i], i % 7 == 0 ? 300 : 24, true);
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ids.length; i++) {
                model.event(Event.CALL);
                model.enterCall(ids[i]);
                model.access(ids[i], 8, false);
                model.access(ids[(i * 13) % ids.length], 16, true);
                model.access(ids[i], 8, false);
                model.exitCall();
            }
        }
        model.beginParallel();
        for (int t = 0; t < 8; t++) {
            model.beginTask();
            for (int i = 0; i < 20; i++) {
                model.event(Event.ARITHMETIC);
                model.access(ids[(t * 20 + i) % ids.length], 8, false);
            }
            model.endTask();
        }
        model.endParallel();
        TestPrograms.churn(model, live, 2000, 40, 20);
        for (int i = 0; i < 50; i++) {
            model.access(ids[i], 8, false);
        }
        Summary s = model.finish();
        StringWriter out = new StringWriter();
        trace.write(out);
        return new String[]{s.format(), out.toString()};
    }
}
