package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.network.CircuitStatistics;

/** A program's remote accesses on a hybrid-switched network: circuits for the flows it repeats. */
class HybridSwitchingTest {
    private static final String MESH = "topology: {kind: mesh, dimensions: [4, 4]}\n";

    private static Summary walk(String network) throws ConfigException {
        return TestPrograms.objectWalk(model(network), 30, 24, 20);
    }

    private static ProgramModel model(String network) throws ConfigException {
        MachineConfig machine = ConfigLoader.parse(MESH + network, "test", "m");
        return new ProgramModel(TestPrograms.options(machine, Placement.ROUND_ROBIN, GcMode.SOFTWARE));
    }

    @Test
    void packetSwitchingReportsNoCircuits() throws ConfigException {
        Summary implicit = walk("");
        Summary explicit = walk("network: {switching: packet}\n");
        assertNull(implicit.circuits());
        assertEquals(implicit.format(), explicit.format());
        assertFalse(implicit.format().contains("circuits"));
    }

    @Test
    void aHybridNetworkWithoutCircuitsTimesTheProgramAsAPacketNetwork() throws ConfigException {
        Summary packet = walk("");
        Summary never = walk("network: {switching: hybrid, circuit_threshold: 1000000}\n");
        assertEquals(packet.totalCycles(), never.totalCycles());
        assertEquals(packet.cycles(Category.REMOTE_ACCESS), never.cycles(Category.REMOTE_ACCESS));
        assertEquals(0, never.circuits().circuitMessages());
        assertEquals(packet.messages(), never.circuits().messages(), "every model message counted, no probe among them");
    }

    @Test
    void repeatedRemoteAccessesGoOverCircuitsAndCostLess() throws ConfigException {
        Summary packet = walk("network: {router_latency: 3}\n");
        String hybridNetwork = "network: {router_latency: 3, switching: hybrid, circuit_threshold: 2, circuit_window_cycles: 100000, circuit_idle_cycles: 100000";
        ProgramModel model = model(hybridNetwork + ", circuits_per_link: 16}\n");
        Summary hybrid = TestPrograms.objectWalk(model, 30, 24, 20);
        CircuitStatistics c = hybrid.circuits();
        assertNotNull(c);
        // 16 tiles: tile 0 talks to 15 homes and they answer: 30 flows, each set up once (none idles
        // long enough to be torn down). The 15
        // answering flows all end in tile 0's ejection channel, which has 16 lanes here.
        assertEquals(30, c.established());
        assertEquals(0, c.failed());
        // With 4 lanes, only 4 answering flows at a time hold circuits into tile 0.
        CircuitStatistics four = walk(hybridNetwork + ", circuits_per_link: 4}\n").circuits();
        assertTrue(four.failed() > 0);
        assertTrue(four.circuitShare() < c.circuitShare());
        assertTrue(c.circuitShare() > 0.8, "share " + c.circuitShare());
        assertTrue(hybrid.cycles(Category.REMOTE_ACCESS) < packet.cycles(Category.REMOTE_ACCESS));
        assertTrue(hybrid.totalCycles() < packet.totalCycles());
        assertTrue(hybrid.format().contains("  circuits        "), hybrid.format());
        assertEquals(c.setups(), Report.json(hybrid, model).get("circuits").get("setups").asLong());
        assertFalse(Report.json(packet, model).has("circuits"));
    }
}
