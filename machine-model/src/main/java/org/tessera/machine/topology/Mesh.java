package org.tessera.machine.topology;

/**
 * A k-ary n-dimensional mesh (Dally &amp; Towles ch. 5): one router per tile, links to the
 * neighbours in each dimension, no wrap-around. Uniform-traffic capacity with dimension-order
 * routing is 4b/k for even k (bisection bound, D&amp;T §3.3).
 */
public final class Mesh extends GridTopology {
    public Mesh(Grid grid) {
        super(grid);
    }

    @Override
    public int link(int router, int port) {
        if (port == 0) {
            return Topology.terminal(router);
        }
        int d = Grid.dimensionOf(port);
        int c = grid.coordinate(router, d);
        if (Grid.isPositive(port)) {
            return c + 1 < grid.radix(d) ? grid.withCoordinate(router, d, c + 1) * ports() + Grid.negativePort(d) : UNCONNECTED;
        }
        return c > 0 ? grid.withCoordinate(router, d, c - 1) * ports() + Grid.positivePort(d) : UNCONNECTED;
    }

    @Override
    public int hops(int from, int to) {
        int h = 1;
        for (int d = 0; d < grid.dimensions(); d++) {
            h += Math.abs(grid.coordinate(from, d) - grid.coordinate(to, d));
        }
        return h;
    }

    @Override
    public String describe() {
        return grid.shape() + " mesh";
    }

    /**
     * In 2-D with an even side, a Hamiltonian cycle: column 0 is kept for the way back and the
     * other columns are snaked row by row. Otherwise the snake path (no cycle exists when every side
     * is odd, as the mesh is bipartite with an odd number of nodes).
     */
    @Override
    public int[] ringOrder() {
        if (grid.dimensions() != 2 || grid.radix(0) < 2 || grid.radix(1) < 2 || (grid.radix(0) % 2 != 0 && grid.radix(1) % 2 != 0)) {
            return grid.snakeOrder();
        }
        boolean rowsEven = grid.radix(1) % 2 == 0;
        int rows = rowsEven ? grid.radix(1) : grid.radix(0);
        int columns = rowsEven ? grid.radix(0) : grid.radix(1);
        int[] order = new int[grid.nodes()];
        int i = 0;
        order[i++] = node(0, 0, rowsEven);
        for (int row = 0; row < rows; row++) {
            for (int j = 1; j < columns; j++) {
                int column = row % 2 == 0 ? j : columns - j;
                order[i++] = node(column, row, rowsEven);
            }
        }
        for (int row = rows - 1; row >= 1; row--) {
            order[i++] = node(0, row, rowsEven);
        }
        return order;
    }

    private int node(int column, int row, boolean rowsAlongY) {
        return rowsAlongY ? row * grid.radix(0) + column : column * grid.radix(0) + row;
    }

}
