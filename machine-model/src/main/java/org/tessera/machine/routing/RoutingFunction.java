package org.tessera.machine.routing;

import org.tessera.machine.topology.Exchange;
import org.tessera.machine.topology.FatTree;
import org.tessera.machine.topology.Hypercube;
import org.tessera.machine.topology.Mesh;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.topology.Torus;

/** Chooses where a packet's head goes next (the route-computation stage of a router). */
public interface RoutingFunction {
    /**
     * The {@link Route} of a head flit that arrived at {@code router} through input port
     * {@code inPort} on virtual channel {@code inVc}, bound for {@code destinationTile}.
     */
    int route(int router, int inPort, int inVc, int destinationTile);

    /** The first virtual channel a network interface may inject on. */
    int injectionFirstVc();

    /** How many virtual channels, from {@link #injectionFirstVc}, it may inject on. */
    int injectionVcCount();

    /** For reports, e.g. {@code dimension-order (XY) with dateline VCs}. */
    String describe();

    /** The deadlock-free routing of each topology. */
    static RoutingFunction forTopology(Topology topology, int virtualChannels) {
        return switch (topology) {
            case Mesh mesh -> DimensionOrderRouting.forMesh(mesh, virtualChannels);
            case Torus torus -> DimensionOrderRouting.forTorus(torus, virtualChannels);
            case Hypercube _ -> new ECubeRouting(virtualChannels);
            case FatTree tree -> new UpDownRouting(tree, virtualChannels);
            case Exchange _ -> new DirectRouting(virtualChannels);
        };
    }
}
