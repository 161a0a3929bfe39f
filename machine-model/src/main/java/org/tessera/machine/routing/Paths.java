package org.tessera.machine.routing;

import java.util.Arrays;

import org.tessera.machine.topology.Topology;

/** The way a routing function takes a packet, hop by hop, for models that reserve or combine along it. */
public final class Paths {
    private Paths() {
    }

    /**
     * The output ports, as {@code router × ports + port}, that a head flit from tile {@code from} to
     * tile {@code to} leaves by, in order: one per router it crosses, the last the ejection channel
     * to {@code to}.
     */
    public static int[] outputPorts(Topology topology, RoutingFunction routing, int from, int to) {
        int ports = topology.ports();
        int router = topology.routerOf(from);
        int inPort = topology.portOf(from);
        int vc = routing.injectionFirstVc();
        int[] path = new int[8];
        int n = 0;
        while (true) {
            int route = routing.route(router, inPort, vc, to);
            int port = Route.port(route);
            if (n == path.length) {
                path = Arrays.copyOf(path, 2 * n);
            }
            path[n++] = router * ports + port;
            int far = topology.link(router, port);
            if (far < 0) {
                return Arrays.copyOf(path, n);
            }
            router = far / ports;
            inPort = far % ports;
            vc = Route.firstVc(route);
        }
    }
}
