package org.tessera.machine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.time.Cycles;
import org.tessera.machine.traffic.OpenLoop;

/**
 * Hybrid switching ({@link CircuitPlane}) against hand-computed answers on a 4×4 mesh (tile
 * x + 4y, XY routing): tile 0 to tile 15 crosses H = 7 routers (six links and the ejection channel).
 */
class CircuitSwitchingTest {
    private static final String MESH = "topology: {kind: mesh, dimensions: [4, 4]}\n";

    private static MachineConfig hybrid(String keys) {
        return Machines.yaml(MESH + "network: {router_latency: 3, link_latency: 1, buffer_depth: 8, switching: hybrid" + keys + "}\n");
    }

    /** Sends a message now and runs until it arrives; its latency. */
    private static long latency(Network network, int from, int to, long bytes) {
        Message m = network.send(from, to, bytes, null, null);
        network.engine().runUntil(m::isDelivered, Cycles.of(Long.MAX_VALUE));
        return m.latency().count();
    }

    private static void idle(Network network, long cycles) {
        Engine engine = network.engine();
        engine.runUntil(Cycles.of(engine.nowCycle() + cycles));
    }

    @Test
    void aSetUpOnAnIdleNetworkCostsTheProbesAndTheAcknowledgementsZeroLoadLatencies() {
        Network network = Network.create(hybrid(", circuit_threshold: 2"), new Engine());
        // Packets until the circuit exists: T0 = H·(t_r + t_l) + F = 7·4 + 1 for an empty message.
        assertEquals(29, latency(network, 0, 15, 0));
        assertEquals(29, latency(network, 0, 15, 0), "the second message starts the set-up and still goes as packets");
        idle(network, 100);
        CircuitStatistics s = network.circuitStatistics();
        assertEquals(1, s.setups());
        assertEquals(1, s.established());
        // The probe queues behind the one-flit message that triggered it (1 cycle), then probe 0→15
        // and acknowledgement 15→0, one flit each, take T0 = 29 apiece: 1 + 29 + 29.
        assertEquals(59.0, s.meanSetupCycles());
        assertEquals(0, s.circuitMessages());
    }

    @Test
    void aMessageOnACircuitCrossesEachRouterInTheBypassLatencyWhateverThePacketsDo() {
        Network network = Network.create(hybrid(", circuit_threshold: 2, circuit_bypass_latency: 1"), new Engine());
        latency(network, 0, 15, 0);
        latency(network, 0, 15, 0);
        idle(network, 100);
        // Load the route's links with packets: tiles 1, 2 and 3 send long messages on the row-0 and
        // column-3 links of 0→15, all at once, so none of them has a circuit yet.
        List<Message> load = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            load.add(network.send(1, 15, 64, null, null));
            load.add(network.send(2, 15, 64, null, null));
            load.add(network.send(3, 11, 64, null, null));
        }
        network.engine().runUntil(Cycles.of(network.engine().nowCycle() + 10));
        // 64 bytes = 8 flits: H·(t_l + bypass) + F = 7·(1 + 1) + 8 = 22, not T0 = 7·4 + 8 = 36.
        assertEquals(22, latency(network, 0, 15, 64));
        assertEquals(1, network.circuitStatistics().circuitMessages());
        // The packets do contend: a new flow's packet message on column 3 takes longer than T0.
        long packetLatency = latency(network, 4, 15, 64);
        assertTrue(packetLatency > network.zeroLoadLatency(4, 15, 8), "packet latency " + packetLatency + " under load");
        network.engine().runUntil(network::isIdle, Cycles.of(Long.MAX_VALUE));
        assertTrue(load.stream().allMatch(Message::isDelivered));
    }

    @Test
    void messagesOfAFlowTakeTurnsOnItsLane() {
        Network network = Network.create(hybrid(", circuit_threshold: 1"), new Engine());
        latency(network, 0, 15, 0);
        idle(network, 100);
        Message first = network.send(0, 15, 64, null, null);
        Message second = network.send(0, 15, 64, null, null);
        network.engine().runUntil(second::isDelivered, Cycles.of(Long.MAX_VALUE));
        assertEquals(22, first.latency().count());
        assertEquals(22 + 8, second.latency().count(), "the second waits for the first's 8 flits");
    }

    @Test
    void aSetUpFailsWhenALinkHasNoFreeLaneAndSucceedsOnceTheHolderIsIdle() {
        Network network = Network.create(hybrid(", circuit_threshold: 1, circuits_per_link: 1, circuit_idle_cycles: 500"), new Engine());
        latency(network, 0, 3, 0);
        idle(network, 50);
        assertEquals(1, network.circuitStatistics().established(), "0→3 holds the lanes of row 0's links and 3's ejection channel");
        latency(network, 1, 3, 0);
        idle(network, 50);
        CircuitStatistics s = network.circuitStatistics();
        assertEquals(2, s.setups());
        assertEquals(1, s.failed(), "1→3 needs the lanes 0→3 holds");
        assertEquals(13, latency(network, 1, 3, 0), "1→3 stays packet-switched: T0 = 3·(3 + 1) + 1");
        assertEquals(0, network.circuitStatistics().circuitMessages());
        // Once 0→3 has been idle for circuit_idle_cycles, a set-up may take its lanes.
        idle(network, 600);
        latency(network, 1, 3, 0);
        idle(network, 50);
        s = network.circuitStatistics();
        assertEquals(2, s.established());
        assertEquals(1, s.teardowns(), "0→3 was torn down for 1→3");
        // 1→3 crosses routers 1, 2 and 3: 3·(t_l + bypass) + F = 3·2 + 1.
        assertEquals(7, latency(network, 1, 3, 0));
    }

    @Test
    void packetSwitchingIsTheDefaultAndHasNoCircuits() throws ConfigException {
        MachineConfig implicit = Machines.yaml(MESH);
        MachineConfig explicit = Machines.yaml(MESH + "network: {switching: packet}\n");
        assertEquals(implicit.network(), explicit.network());
        Network network = Network.create(implicit, new Engine());
        assertTrue(!network.isHybrid());
        assertNull(network.circuitStatistics());
    }

    @Test
    void aHybridNetworkWhoseFlowsNeverReachTheThresholdTimesPacketsExactlyAsAPacketNetwork() {
        MachineConfig packet = Machines.yaml(MESH + "network: {router_latency: 2}\n");
        MachineConfig never = Machines.yaml(MESH + "network: {router_latency: 2, switching: hybrid, circuit_threshold: 1000000}\n");
        OpenLoop.Result a = OpenLoop.run(packet, "uniform", 0.3, 4, new OpenLoop.Phases(500, 2000, 5000), 7);
        OpenLoop.Result b = OpenLoop.run(never, "uniform", 0.3, 4, new OpenLoop.Phases(500, 2000, 5000), 7);
        assertEquals(a.packetsMeasured(), b.packetsMeasured());
        assertEquals(a.meanLatency(), b.meanLatency());
        assertEquals(a.p99Latency(), b.p99Latency());
        assertEquals(a.accepted(), b.accepted());
        assertEquals(a.cycles(), b.cycles());
    }

    @Test
    void neighbourTrafficMovesToCircuitsAndGetsFaster() {
        MachineConfig packet = Machines.yaml(MESH + "network: {router_latency: 3}\n");
        MachineConfig hybrid = Machines.yaml(MESH + "network: {router_latency: 3, switching: hybrid, circuit_threshold: 4}\n");
        OpenLoop.Phases phases = new OpenLoop.Phases(2000, 4000, 5000);
        OpenLoop.Result a = OpenLoop.run(packet, "neighbour", 0.1, 1, phases, 3);
        Network network = Network.create(hybrid, new Engine());
        OpenLoop.Result b = OpenLoop.run(network, org.tessera.machine.traffic.TrafficPattern.parse("neighbour", network.topology()), 0.1, 1, phases, 3);
        CircuitStatistics s = network.circuitStatistics();
        assertTrue(s.circuitShare() > 0.9, "share " + s.circuitShare());
        assertEquals(0, s.failed(), "a neighbour flow's circuit shares no lane with another's");
        // One-flit packets crossing H routers: T0 = H·(3 + 1) + 1 as packets, H·(1 + 1) + 1 on a
        // circuit (plus a little queueing when a flow's packets come close together).
        double hops = (double) s.circuitFlitHops() / s.circuitMessages();
        assertEquals(2 * hops + 1, s.meanCircuitLatency(), 0.2);
        assertTrue(a.meanLatency() > 4 * hops, "packet mean " + a.meanLatency());
        assertTrue(b.meanLatency() < 0.6 * a.meanLatency(), "hybrid mean " + b.meanLatency() + ", packet " + a.meanLatency());
    }

    @Test
    void circuitKeysAreValidatedAndNamed() {
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                        () -> ConfigLoader.parse(MESH + "network:\n  circuit_threshold: 3\n", "m.yaml", "m"));
        assertEquals("m.yaml:3: network.circuit_threshold: only applies with switching: hybrid (the network is packet-switched)", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                        () -> ConfigLoader.parse(MESH + "network:\n  switching: hybrid\n  circuits_per_link: 0\n", "m.yaml", "m"));
        assertTrue(e.getMessage().startsWith("m.yaml:4: network.circuits_per_link: must be"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                        () -> ConfigLoader.parse(MESH + "network:\n  switching: circuit\n", "m.yaml", "m"));
        assertTrue(e.getMessage().startsWith("m.yaml:3: network.switching:"), e.getMessage());
    }
}
