package org.tessera.machine.routing;

import org.tessera.machine.topology.Grid;
import org.tessera.machine.topology.Mesh;
import org.tessera.machine.topology.Torus;

/**
 * Dimension-order routing on meshes and tori: correct dimension 0 fully, then 1, and so on (XY
 * routing in 2-D, as on the Epiphany eMesh: "routing goes along the row first, then the column",
 * github.com/olajep/epiphany-docs arch-ref/03_emesh.md).
 *
 * <p>Deadlock freedom. On a mesh a packet never turns from a higher to a lower dimension and never
 * reverses within one, so the channel dependency graph is acyclic (Dally &amp; Towles §14.1) and
 * every virtual channel may be used. On a torus each ring is itself a dependency cycle. The
 * dateline scheme (Dally &amp; Seitz 1987; D&amp;T §14.2) splits the virtual channels into class 0
 * (lower half) and class 1 (upper half): a packet enters a dimension in class 0, moves to
 * class 1 when it takes that ring's wrap-around link and stays there until it leaves the
 * dimension. Class-0 channels never include a wrap link, so within a ring they form a line; a
 * minimal route crosses the wrap at most once, so class-1 dependencies start at the wrap link and
 * end before reaching it again. Neither class closes a cycle, and dimension order orders the
 * rings, so the whole graph is acyclic. Ties (distance exactly k/2) go the positive way from even
 * coordinates and the negative way from odd ones, to balance the two directions.
 */
public final class DimensionOrderRouting implements RoutingFunction {
    private final Grid grid;
    private final Torus torus;
    private final int vcs;
    private final boolean dateline;

    private DimensionOrderRouting(Grid grid, Torus torus, int vcs, boolean dateline) {
        this.grid = grid;
        this.torus = torus;
        this.vcs = vcs;
        this.dateline = dateline;
    }

    static DimensionOrderRouting forMesh(Mesh mesh, int vcs) {
        return new DimensionOrderRouting(mesh.grid(), null, vcs, false);
    }

    static DimensionOrderRouting forTorus(Torus torus, int vcs) {
        if (vcs < 2 || vcs % 2 != 0) {
            throw new IllegalArgumentException("a torus needs an even number of virtual channels, got " + vcs);
        }
        return new DimensionOrderRouting(torus.grid(), torus, vcs, true);
    }

    /**
     * Torus routing <em>without</em> dateline classes: every packet may use every virtual channel,
     * so the rings' channel dependencies are cyclic and saturated traffic can deadlock. It exists
     * only to show (in a test) what the dateline prevents; no config can select it.
     */
    public static RoutingFunction torusWithoutDateline(Torus torus, int vcs) {
        return new DimensionOrderRouting(torus.grid(), torus, vcs, false);
    }

    @Override
    public int route(int router, int inPort, int inVc, int destinationTile) {
        for (int d = 0; d < grid.dimensions(); d++) {
            int here = grid.coordinate(router, d);
            int there = grid.coordinate(destinationTile, d);
            if (here == there) {
                continue;
            }
            if (torus == null) {
                return Route.of(there > here ? Grid.positivePort(d) : Grid.negativePort(d), 0, vcs);
            }
            int k = grid.radix(d);
            int forward = Math.floorMod(there - here, k);
            boolean positive = forward < k - forward || (forward == k - forward && here % 2 == 0);
            int port = positive ? Grid.positivePort(d) : Grid.negativePort(d);
            if (!dateline) {
                return Route.of(port, 0, vcs);
            }
            int half = vcs / 2;
            boolean continuing = inPort != 0 && Grid.dimensionOf(inPort) == d;
            boolean classOne = torus.crossesDateline(router, port) || (continuing && inVc >= half);
            return Route.of(port, classOne ? half : 0, half);
        }
        return Route.of(0, 0, vcs);
    }

    @Override
    public int injectionFirstVc() {
        return 0;
    }

    @Override
    public int injectionVcCount() {
        return dateline ? vcs / 2 : vcs;
    }

    @Override
    public String describe() {
        String order = grid.dimensions() <= 3 ? " (" + "XYZ".substring(0, grid.dimensions()) + ")" : "";
        return "dimension order" + order + (dateline ? " with dateline virtual-channel classes" : "");
    }
}
