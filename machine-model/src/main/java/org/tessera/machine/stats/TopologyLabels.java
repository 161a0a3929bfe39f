package org.tessera.machine.stats;

import org.tessera.machine.topology.Topology;

/**
 * Names for routers and channels in exports. A router that serves exactly one tile (mesh, torus,
 * hypercube) is named by that tile's label, e.g. {@code (3,1)}; any other router (a fat-tree switch,
 * the exchange) is {@code router N}. The far end of an output port is a router, or a tile for an
 * ejection channel ({@code tile (3,1)}).
 */
public final class TopologyLabels {
    private static final int NONE = -1;
    private static final int SEVERAL = -2;

    private final Topology topology;
    /** Per router: its only tile, {@link #NONE} or {@link #SEVERAL}. */
    private final int[] soleTile;

    public TopologyLabels(Topology topology) {
        this.topology = topology;
        soleTile = new int[topology.routers()];
        java.util.Arrays.fill(soleTile, NONE);
        for (int t = 0; t < topology.tiles(); t++) {
            int r = topology.routerOf(t);
            soleTile[r] = soleTile[r] == NONE ? t : SEVERAL;
        }
    }

    public Topology topology() {
        return topology;
    }

    public String router(int router) {
        int tile = soleTile[router];
        return tile >= 0 ? topology.tileLabel(tile) : "router " + router;
    }

    public String tile(int tile) {
        return "tile " + topology.tileLabel(tile);
    }

    /** The far end of a {@link Topology#link} code that is not {@link Topology#UNCONNECTED}. */
    public String target(int linkCode) {
        return linkCode < 0 ? tile(Topology.tileOfTerminal(linkCode)) : router(linkCode / topology.ports());
    }

    /** Output ports of {@code router} that are wired to something. */
    public static int connectedPorts(Topology topology, int router) {
        int n = 0;
        for (int p = 0; p < topology.ports(); p++) {
            if (topology.link(router, p) != Topology.UNCONNECTED) {
                n++;
            }
        }
        return n;
    }
}
