package org.tessera.machine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.time.Cycles;
import org.tessera.machine.topology.Topology;

/**
 * A single packet on an empty network takes exactly H·t_r + H·t_l + L/b cycles (D&amp;T eq. 3.10
 * with serialisation L/b in flits), where H is the number of routers it crosses — for every
 * topology, several router and link latencies, packet lengths and distances.
 */
class ZeroLoadLatencyTest {
    static Stream<Arguments> machines() {
        String[] topologies = {"{kind: mesh, dimensions: [4, 4]}", "{kind: mesh, dimensions: [8, 8]}", "{kind: mesh, dimensions: [3, 4, 5]}",
                        "{kind: torus, dimensions: [4, 4]}", "{kind: torus, dimensions: [5, 5]}", "{kind: torus, dimensions: [4, 4, 4]}",
                        "{kind: torus, dimensions: [16]}", "{kind: hypercube, dimension: 4}", "{kind: hypercube, dimension: 7}",
                        "{kind: fat_tree, arity: 2, levels: 4}", "{kind: fat_tree, arity: 4, levels: 3}", "{kind: exchange, tiles: 24}"};
        String[] networks = {"{}", "{router_latency: 3, link_latency: 2, buffer_depth: 8}", "{router_latency: 2, link_latency: 0, flit_bytes: 16}",
                        "{flow_control: virtual_cut_through, buffer_depth: 8}"};
        return Stream.of(topologies).flatMap(t -> Stream.of(networks).map(n -> Arguments.of(t, n)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("machines")
    void singlePacketLatencyIsAnalytic(String topology, String network) {
        MachineConfig config = Machines.of(topology, network);
        int tiles = config.tileCount();
        int checked = 0;
        // Every pair on small machines; a deterministic sample of pairs at every distance otherwise.
        int stride = tiles <= 32 ? 1 : 7;
        for (int from = 0; from < tiles; from += stride) {
            for (int to = 0; to < tiles; to += stride) {
                for (long bytes : new long[]{1, 3L * config.network().flitBytes(), config.network().maxPacketBytes()}) {
                    check(config, from, to, bytes);
                    checked++;
                }
            }
        }
        assertTrue(checked > 20);
    }

    private static void check(MachineConfig config, int from, int to, long bytes) {
        Engine engine = new Engine();
        Network network = Network.create(config, engine);
        engine.runUntil(Cycles.of(5));
        Message m = network.send(from, to, bytes, null, null);
        assertTrue(engine.runUntilIdle(Cycles.of(10_000)), "network went idle");
        Topology topology = network.topology();
        int h = topology.hops(from, to);
        int flits = config.network().flitsFor(bytes);
        long expected = (long) h * config.network().routerLatency() + (long) h * config.network().linkLatency() + flits;
        assertEquals(expected, m.latency().count(), () -> topology.describe() + " " + from + "→" + to + " " + bytes + " B (H = " + h + ")");
        assertEquals(expected, network.zeroLoadLatency(from, to, flits));
        assertEquals(1, network.statistics().packetsDelivered());
        assertEquals(h, network.statistics().meanHops(), "routers crossed");
    }
}
