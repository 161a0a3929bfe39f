package org.tessera.machine.network;

import org.tessera.machine.topology.Topology;

/**
 * The wires: for each router output port, what it feeds (a downstream input port, a tile's
 * ejection channel, or nothing), and for each input port, which output feeds it (where its
 * credits go back to). Every link has the same latency and carries one flit per cycle.
 */
final class Links {
    /** Per output port (global): downstream input port (global), a terminal code, or UNCONNECTED. */
    final int[] downstream;
    /** Per input port (global): the upstream output port (global), a terminal code, or UNCONNECTED. */
    final int[] upstream;
    final int latency;

    Links(Topology topology, int latency) {
        int ports = topology.ports();
        this.latency = latency;
        downstream = new int[topology.routers() * ports];
        upstream = new int[downstream.length];
        java.util.Arrays.fill(upstream, Topology.UNCONNECTED);
        for (int router = 0; router < topology.routers(); router++) {
            for (int port = 0; port < ports; port++) {
                int far = topology.link(router, port);
                downstream[router * ports + port] = far;
                if (far >= 0) {
                    if (upstream[far] != Topology.UNCONNECTED) {
                        throw new IllegalStateException(topology.describe() + ": input port " + far + " has two upstream links");
                    }
                    upstream[far] = router * ports + port;
                }
            }
        }
        for (int tile = 0; tile < topology.tiles(); tile++) {
            int port = topology.routerOf(tile) * ports + topology.portOf(tile);
            if (downstream[port] != Topology.terminal(tile)) {
                throw new IllegalStateException(topology.describe() + ": tile " + tile + " is not attached where the topology says");
            }
            upstream[port] = Topology.terminal(tile);
        }
    }

    /** Whether output port {@code port} (global) leads to another router. */
    boolean toRouter(int port) {
        return downstream[port] >= 0;
    }
}
