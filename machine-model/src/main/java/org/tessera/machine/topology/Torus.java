package org.tessera.machine.topology;

/**
 * A k-ary n-cube (Dally &amp; Towles ch. 5): a mesh whose rows close into rings. The wrap-around
 * link of each ring is its <em>dateline</em>; {@code DimensionOrderRouting} moves packets that
 * cross it to the second virtual-channel class, which breaks the cyclic channel dependency that
 * would otherwise deadlock the ring (Dally &amp; Seitz 1987; D&amp;T §14.2). Uniform-traffic capacity
 * is 8b/k for even k.
 */
public final class Torus extends GridTopology {
    public Torus(Grid grid) {
        super(grid);
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

    /** The snake order; the wrap links close it into a cycle when the last side is even. */
    @Override
    public int[] ringOrder() {
        return grid.snakeOrder();
    }

}
