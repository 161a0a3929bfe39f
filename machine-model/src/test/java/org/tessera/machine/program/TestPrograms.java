package org.tessera.machine.program;

import java.util.BitSet;

import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.Presets;

/** Machines, options and synthetic programs for the tests: event streams as an instrument would report them. */
final class TestPrograms {
    private TestPrograms() {
    }

    /** An 8×8 mesh (mesh-8x8's network) whose tiles have {@code sram} of SRAM. */
    static MachineConfig mesh(String sram) throws ConfigException {
        return ConfigLoader.parse("""
                        name: test-mesh
                        topology: {kind: mesh, dimensions: [8, 8]}
                        tiles: {sram_bytes: %s}
                        """.formatted(sram), "test", "test-mesh");
    }

    static ProgramOptions options(MachineConfig machine, Placement placement, GcMode gc) throws ConfigException {
        return new ProgramOptions(machine, CostTable.load("cpython-like"), placement, Execution.HOME, gc, 42);
    }

    static ProgramOptions options(Placement placement) throws ConfigException {
        return options(Presets.load("mesh-8x8"), placement, GcMode.SOFTWARE);
    }

    /** The ids in a set are live: the program's roots reach exactly them. */
    static final class LiveSet implements Liveness {
        final BitSet ids = new BitSet();

        @Override
        public void markLive(java.util.function.IntConsumer live) {
            ids.stream().forEach(live);
        }
    }

    /**
     * A program that builds {@code objects} objects of {@code bytes} bytes, reads each
     * {@code readsEach} times (object by object, round after round), and makes a method call on
     * every tenth with a few accesses to its receiver.
     */
    static Summary objectWalk(ProgramModel model, int objects, int bytes, int readsEach) {
        int[] ids = new int[objects];
        for (int i = 0; i < objects; i++) {
            model.event(Event.STATEMENT);
            ids[i] = model.newObject(bytes);
            model.access(ids[i], bytes, true);
        }
        for (int round = 0; round < readsEach; round++) {
            for (int i = 0; i < objects; i++) {
                model.event(Event.STATEMENT);
                model.event(Event.LOCAL_READ);
                model.event(Event.ATTRIBUTE_READ);
                model.access(ids[i], 8, false);
                model.event(Event.ARITHMETIC);
                if (i % 10 == 0) {
                    model.event(Event.CALL);
                    model.enterCall(ids[i]);
                    model.event(Event.STATEMENT);
                    model.event(Event.ATTRIBUTE_READ);
                    model.access(ids[i], 8, false);
                    model.event(Event.ATTRIBUTE_WRITE);
                    model.access(ids[i], 8, true);
                    model.event(Event.RETURN);
                    model.exitCall();
                }
            }
        }
        return model.finish();
    }

    /**
     * An allocation-heavy program: {@code allocations} objects of {@code bytes}, each in its own
     * statement, of which the most recent {@code window} stay reachable.
     */
    static Summary churn(ProgramModel model, int allocations, int bytes, int window) {
        LiveSet live = new LiveSet();
        model.setLiveness(live);
        churn(model, live, allocations, bytes, window);
        return model.finish();
    }

    /** The same, as part of a longer program whose roots are {@code live}. */
    static void churn(ProgramModel model, LiveSet live, int allocations, int bytes, int window) {
        int[] recent = new int[window];
        for (int i = 0; i < allocations; i++) {
            model.event(Event.STATEMENT);
            model.event(Event.LOCAL_READ);
            int id = model.newObject(bytes);
            model.access(id, bytes, true);
            model.event(Event.LOCAL_WRITE);
            if (i >= window) {
                live.ids.clear(recent[i % window]);
            }
            recent[i % window] = id;
            live.ids.set(id);
        }
    }

    /** A region of {@code tasks} equal tasks, each computing and touching a few objects of its own. */
    static Summary equalTasks(ProgramModel model, int tasks, int eventsPerTask) {
        model.event(Event.STATEMENT);
        model.beginParallel();
        for (int t = 0; t < tasks; t++) {
            model.beginTask();
            model.enterCall(-1);
            int id = model.newObject(64);
            for (int i = 0; i < eventsPerTask; i++) {
                model.event(Event.ARITHMETIC);
                if (i % 50 == 0) {
                    model.access(id, 8, i % 100 == 0);
                }
            }
            model.exitCall();
            model.endTask();
        }
        model.endParallel();
        model.event(Event.STATEMENT);
        return model.finish();
    }
}
