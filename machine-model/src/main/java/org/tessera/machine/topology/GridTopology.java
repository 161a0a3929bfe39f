package org.tessera.machine.topology;

/**
 * What meshes and tori share: one router per tile at the tile's place in a {@link Grid}, the
 * tile on port 0, and coordinates for labels and drawings. They differ only in their wiring
 * ({@link #link}), distances ({@link #hops}) and rings.
 */
public abstract sealed class GridTopology implements Topology permits Mesh, Torus {
    protected final Grid grid;

    protected GridTopology(Grid grid) {
        this.grid = grid;
    }

    public final Grid grid() {
        return grid;
    }

    @Override
    public final int tiles() {
        return grid.nodes();
    }

    @Override
    public final int routers() {
        return grid.nodes();
    }

    @Override
    public final int ports() {
        return grid.ports();
    }

    @Override
    public final int routerOf(int tile) {
        return tile;
    }

    @Override
    public final int portOf(int tile) {
        return 0;
    }

    @Override
    public final String tileLabel(int tile) {
        return grid.label(tile);
    }

    @Override
    public final double[] routerPosition(int router) {
        return grid.position(router);
    }

    @Override
    public final double[] tilePosition(int tile) {
        return grid.position(tile);
    }

    @Override
    public final int[] neighbours(int tile) {
        return grid.neighbours(tile, this::link);
    }
}
