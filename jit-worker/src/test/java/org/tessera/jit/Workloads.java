package org.tessera.jit;

import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.Presets;
import org.tessera.machine.program.CostTable;
import org.tessera.machine.program.Event;
import org.tessera.machine.program.Execution;
import org.tessera.machine.program.GcMode;
import org.tessera.machine.program.Placement;
import org.tessera.machine.program.ProgramModel;
import org.tessera.machine.program.ProgramOptions;
import org.tessera.machine.program.Summary;

/** Synthetic programs driven straight into a program model with a JIT model: calls, loops and events. */
final class Workloads {
    /** Fixed compile costs, so that the tests do not move when the calibration is redone: 1 ms = 10^6 cycles. */
    static final CompileCost COST = new CompileCost(1000, new double[]{0, 0.2, 0.5}, new double[]{0, 0.001, 0.005}, new double[]{0, 500, 1000},
                    new double[]{0, 20, 40});

    final ProgramModel model;
    final CompilationModel jit;
    private int functions;

    Workloads(JitOptions options) {
        this(options, 0);
    }

    Workloads(JitOptions options, int programTiles) {
        try {
            model = new ProgramModel(new ProgramOptions(Presets.load("mesh-8x8"), CostTable.load("cpython-like"), Placement.LOCAL, Execution.HOME, GcMode.SOFTWARE, 1,
                            programTiles));
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
        jit = new CompilationModel(options, COST);
        model.setJit(jit);
    }

    int function(String name, int nodes) {
        int id = functions++;
        model.newFunction(id, name, () -> nodes);
        return id;
    }

    /** A call of {@code f} whose body loops {@code loops} times over a few statements. */
    void call(int f, int loops) {
        model.event(Event.CALL);
        model.enterFunction(f);
        for (int i = 0; i < loops; i++) {
            model.backEdge();
            model.event(Event.STATEMENT);
            model.event(Event.LOCAL_READ);
            model.event(Event.ARITHMETIC);
            model.event(Event.LOCAL_WRITE);
        }
        model.exitFunction();
        model.event(Event.RETURN);
    }

    Summary finish() {
        return model.finish();
    }

    /** Many functions of many sizes, each hot after a while: most of the run is warm-up. */
    static Summary warmupHeavy(JitOptions options) {
        Workloads w = new Workloads(options);
        int main = w.function("main", 50);
        int[] fs = new int[40];
        for (int i = 0; i < fs.length; i++) {
            fs[i] = w.function("f" + i, 60 + 10 * i);
        }
        w.model.enterFunction(main);
        for (int round = 0; round < 300; round++) {
            w.model.backEdge();
            for (int i = 0; i < fs.length; i++) {
                for (int k = 0; k <= i % 5; k++) {
                    w.call(fs[i], 10);
                }
            }
        }
        w.model.exitFunction();
        return w.finish();
    }

    /**
     * Thirty lukewarm functions become hot first and fill the queue; then one function is hot
     * and runs for long. A FIFO queue compiles it after the thirty; a hotness queue next.
     */
    static Summary oneHotBehindManyWarm(JitOptions options) {
        Workloads w = new Workloads(options);
        int[] warm = new int[30];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = w.function("warm" + i, 400);
        }
        int hot = w.function("hot", 100);
        for (int f : warm) {
            for (int c = 0; c < 100; c++) {
                w.call(f, 9);
            }
        }
        for (int c = 0; c < 20_000; c++) {
            w.call(hot, 9);
            if (c % 1000 == 0) {
                w.call(warm[c / 1000 % warm.length], 9);
            }
        }
        return w.finish();
    }
}
