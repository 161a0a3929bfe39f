package org.tessera.machine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.traffic.OpenLoop;
import org.tessera.machine.traffic.OpenLoop.Phases;

/** The same config and seed give the same numbers; another seed gives other numbers. */
class DeterminismTest {
    @Test
    void sameSeedSameRun() {
        MachineConfig config = Machines.of("{kind: torus, dimensions: [6, 6]}", "{}");
        Phases phases = new Phases(500, 3_000, 3_000);
        OpenLoop.Result a = OpenLoop.run(config, "hotspot:0.3", 0.35, 4, phases, 42);
        OpenLoop.Result b = OpenLoop.run(config, "hotspot:0.3", 0.35, 4, phases, 42);
        OpenLoop.Result c = OpenLoop.run(config, "hotspot:0.3", 0.35, 4, phases, 43);
        assertEquals(withoutTime(a), withoutTime(b));
        assertNotEquals(withoutTime(a), withoutTime(c));
    }

    private static String withoutTime(OpenLoop.Result r) {
        return r.toString().replaceAll("seconds=[0-9.E-]+", "");
    }
}
