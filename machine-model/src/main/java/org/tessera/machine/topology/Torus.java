package org.tessera.machine.topology;

/**
 * A k-ary n-cube (Dally &amp; Towles ch. 5): a mesh whose rows close into rings. The wrap-around
 * link of each ring is its <em>dateline</em>; {@code DimensionOrderRouting} moves packets that
 * cross it to the second virtual-channel class, which breaks the cyclic channel dependency that
 * would otherwise deadlock the ring (Dally &amp; Seitz 1987; D&amp;T §14.2). Uniform-traffic capacity
 * is 8b/k for even k.
 */
public final class Torus implements Topology {
    private final Grid grid;

    public Torus(Grid grid) {
        this.grid = grid;
    }

    public Grid grid() {
        return grid;
    }

    @Override
    public int tiles() {
        return grid.nodes();
    }

    @Override
    public int routers() {
        return grid.nodes();
    }

    @Override
    public int ports() {
        return grid.ports();
    }

    @Override
    public int routerOf(int tile) {
        return tile;
    }

    @Override
    public int portOf(int tile) {
        return 0;
    }

    @Override
    public int link(int router, int port) {
        if (port == 0) {
            return Topology.terminal(router);
        }
        int d = Grid.dimensionOf(port);
        int k = grid.radix(d);
        int c = grid.coordinate(router, d);
        if (Grid.isPositive(port)) {
            return grid.withCoordinate(router, d, (c + 1) % k) * ports() + Grid.negativePort(d);
        }
        return grid.withCoordinate(router, d, (c + k - 1) % k) * ports() + Grid.positivePort(d);
    }

    /** Whether output {@code port} of {@code router} is a wrap-around (dateline) link. */
    public boolean crossesDateline(int router, int port) {
        int d = Grid.dimensionOf(port);
        int c = grid.coordinate(router, d);
        return Grid.isPositive(port) ? c == grid.radix(d) - 1 : c == 0;
    }

    @Override
    public int hops(int from, int to) {
        int h = 1;
        for (int d = 0; d < grid.dimensions(); d++) {
            int delta = Math.abs(grid.coordinate(from, d) - grid.coordinate(to, d));
            h += Math.min(delta, grid.radix(d) - delta);
        }
        return h;
    }

    @Override
    public String describe() {
        return grid.shape() + " torus";
    }

    @Override
    public String tileLabel(int tile) {
        return grid.label(tile);
    }

    @Override
    public double[] routerPosition(int router) {
        return grid.position(router);
    }

    @Override
    public double[] tilePosition(int tile) {
        return grid.position(tile);
    }

    /** The snake order; the wrap links close it into a cycle when the last side is even. */
    @Override
    public int[] ringOrder() {
        return grid.snakeOrder();
    }

    @Override
    public int[] neighbours(int tile) {
        return grid.neighbours(tile, this::link);
    }
}
