package org.tessera.machine.topology;

/**
 * A k-ary n-dimensional mesh (Dally &amp; Towles ch. 5): one router per tile, links to the
 * neighbours in each dimension, no wrap-around. Uniform-traffic capacity with dimension-order
 * routing is 4b/k for even k (bisection bound, D&amp;T §3.3).
 */
public final class Mesh implements Topology {
    private final Grid grid;

    public Mesh(Grid grid) {
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

    @Override
    public int[] neighbours(int tile) {
        return grid.neighbours(tile, this::link);
    }
}
