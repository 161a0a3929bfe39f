package org.tessera.machine.topology;

import org.tessera.machine.config.TopologyConfig;

/**
 * The wiring of a network. Routers are numbered 0..routers()-1 and each has ports()
 * ports; a global port index is {@code router * ports() + port}.
 */
public sealed interface Topology permits GridTopology, Hypercube, FatTree, Exchange {
    /** {@link #link} of a port with nothing attached. */
    int UNCONNECTED = Integer.MIN_VALUE;

    /** The code {@link #link} uses for a port attached to a tile's network interface. */
    static int terminal(int tile) {
        return -tile - 1;
    }

    /** The tile of a {@link #terminal} code. */
    static int tileOfTerminal(int code) {
        return -code - 1;
    }

    static Topology of(TopologyConfig config) {
        return switch (config) {
            case TopologyConfig.MeshSpec m -> new Mesh(new Grid(m.dimensions()));
            case TopologyConfig.TorusSpec t -> new Torus(new Grid(t.dimensions()));
            case TopologyConfig.HypercubeSpec h -> new Hypercube(h.dimension());
            case TopologyConfig.FatTreeSpec f -> new FatTree(f.arity(), f.levels());
            case TopologyConfig.ExchangeSpec x -> new Exchange(x.tiles());
        };
    }

    int tiles();

    int routers();

    /** Ports per router (routers with fewer leave the rest unconnected). */
    int ports();

    /** The router whose port the tile's network interface is attached to. */
    int routerOf(int tile);

    /** The port of {@link #routerOf} the tile is attached to. */
    int portOf(int tile);

    /**
     * The far end of output port {@code port} of {@code router}: the global index of the input
     * port it feeds, a {@link #terminal} code, or {@link #UNCONNECTED}.
     */
    int link(int router, int port);

    /**
     * The number of routers a minimal route from tile {@code from} to tile {@code to} traverses:
     * H in the zero-load latency H·t_r + H·t_l + L/b. It is one more than the number of
     * router-to-router hops, because the last router's link is the ejection channel.
     */
    int hops(int from, int to);

    /** For example {@code 8×8 mesh}. */
    String describe();

    /** A tile's name in reports, e.g. its coordinates {@code (3,1)}. */
    String tileLabel(int tile);

    /** Where a router is drawn on the link-load heatmap. */
    double[] routerPosition(int router);

    /** Where a tile is drawn on the heatmap (its ejection channel). */
    double[] tilePosition(int tile);

    /**
     * All tiles in an order where consecutive tiles are close (a Hamiltonian cycle where the
     * topology has one), used to place ring algorithms.
     */
    int[] ringOrder();

    /** The tiles one router-to-router hop away (or as near as the topology gets). */
    int[] neighbours(int tile);
}
