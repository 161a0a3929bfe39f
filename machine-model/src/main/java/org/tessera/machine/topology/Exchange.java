package org.tessera.machine.topology;

/**
 * An all-to-all exchange like the Graphcore IPU's: every tile has one port into a single
 * non-blocking crossbar stage, so any tile reaches any other through one router with a fixed
 * latency, and bandwidth is limited only per tile (its injection and ejection channel). The IPU's
 * exchange is scheduled by its compiler between BSP supersteps (see {@code org.tessera.machine.bsp});
 * here contention at a destination port is arbitrated round-robin like any router output.
 */
public final class Exchange implements Topology {
    private final int tiles;
    private final int columns;

    public Exchange(int tiles) {
        this.tiles = tiles;
        this.columns = (int) Math.ceil(Math.sqrt(tiles));
    }

    @Override
    public int tiles() {
        return tiles;
    }

    @Override
    public int routers() {
        return 1;
    }

    @Override
    public int ports() {
        return tiles;
    }

    @Override
    public int routerOf(int tile) {
        return 0;
    }

    @Override
    public int portOf(int tile) {
        return tile;
    }

    @Override
    public int link(int router, int port) {
        return Topology.terminal(port);
    }

    @Override
    public int hops(int from, int to) {
        return 1;
    }

    @Override
    public String describe() {
        return "all-to-all exchange of " + tiles + " tiles";
    }

    @Override
    public String tileLabel(int tile) {
        return "tile " + tile;
    }

    @Override
    public double[] routerPosition(int router) {
        return new double[]{(columns - 1) / 2.0, (tiles / columns) / 2.0};
    }

    /** Tiles in rows of ⌈√N⌉, so the heatmap shows each tile's exchange port. */
    @Override
    public double[] tilePosition(int tile) {
        return new double[]{tile % columns, tile / columns};
    }

    @Override
    public int[] ringOrder() {
        return java.util.stream.IntStream.range(0, tiles).toArray();
    }

    @Override
    public int[] neighbours(int tile) {
        return new int[]{(tile + tiles - 1) % tiles, (tile + 1) % tiles};
    }
}
