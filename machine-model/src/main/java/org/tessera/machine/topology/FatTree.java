package org.tessera.machine.topology;

/**
 * A folded Clos network as a k-ary n-tree (Petrini &amp; Vanneschi, "k-ary n-trees", IPPS 1997;
 * Leiserson's fat tree): k^n tiles, n levels of k^(n-1) switches with k down ports (0..k-1) and k
 * up ports (k..2k-1). Switch w of level l+1 is linked to the level-l switches whose (n-1)-digit
 * base-k number differs from w only in digit l; the leaf switch w serves tiles w·k..w·k+k-1.
 * Full bisection bandwidth, so its uniform-traffic capacity is one flit per tile per cycle.
 */
public final class FatTree implements Topology {
    private final int arity;
    private final int levels;
    private final int switchesPerLevel;

    public FatTree(int arity, int levels) {
        this.arity = arity;
        this.levels = levels;
        int s = 1;
        for (int i = 1; i < levels; i++) {
            s = Math.multiplyExact(s, arity);
        }
        this.switchesPerLevel = s;
    }

    public int arity() {
        return arity;
    }

    public int levels() {
        return levels;
    }

    /** The level (0 = leaves) of a router. */
    public int levelOf(int router) {
        return router / switchesPerLevel;
    }

    /** A router's index within its level. */
    public int indexInLevel(int router) {
        return router % switchesPerLevel;
    }

    /** Base-k digit {@code position} of a switch index. */
    public int digit(int index, int position) {
        for (int i = 0; i < position; i++) {
            index /= arity;
        }
        return index % arity;
    }

    private int withDigit(int index, int position, int value) {
        int scale = 1;
        for (int i = 0; i < position; i++) {
            scale *= arity;
        }
        return index + (value - index / scale % arity) * scale;
    }

    /** The router of level {@code level}, index {@code index}. */
    public int router(int level, int index) {
        return level * switchesPerLevel + index;
    }

    @Override
    public int tiles() {
        return switchesPerLevel * arity;
    }

    @Override
    public int routers() {
        return switchesPerLevel * levels;
    }

    @Override
    public int ports() {
        return 2 * arity;
    }

    @Override
    public int routerOf(int tile) {
        return tile / arity;
    }

    @Override
    public int portOf(int tile) {
        return tile % arity;
    }

    @Override
    public int link(int router, int port) {
        int level = levelOf(router);
        int w = indexInLevel(router);
        if (port < arity) {
            if (level == 0) {
                return Topology.terminal(w * arity + port);
            }
            int child = router(level - 1, withDigit(w, level - 1, port));
            return child * ports() + arity + digit(w, level - 1);
        }
        if (level == levels - 1) {
            return UNCONNECTED;
        }
        int parent = router(level + 1, withDigit(w, level, port - arity));
        return parent * ports() + digit(w, level);
    }

    /** The lowest level whose switches see both leaves in their subtree. */
    public int commonLevel(int leafA, int leafB) {
        int level = 0;
        while (leafA != leafB) {
            leafA /= arity;
            leafB /= arity;
            level++;
        }
        return level;
    }

    @Override
    public int hops(int from, int to) {
        return 2 * commonLevel(from / arity, to / arity) + 1;
    }

    @Override
    public String describe() {
        return arity + "-ary " + levels + "-tree (folded Clos, " + tiles() + " tiles)";
    }

    @Override
    public String tileLabel(int tile) {
        return "leaf " + (tile / arity) + " port " + (tile % arity);
    }

    /** Levels are rows (leaves at the bottom); a switch sits above the tiles of its index. */
    @Override
    public double[] routerPosition(int router) {
        return new double[]{(indexInLevel(router) + 0.5) * arity, levelOf(router) + 1};
    }

    @Override
    public double[] tilePosition(int tile) {
        return new double[]{tile + 0.5, 0};
    }

    @Override
    public int[] ringOrder() {
        return java.util.stream.IntStream.range(0, tiles()).toArray();
    }

    /** The other tiles of the same leaf switch. */
    @Override
    public int[] neighbours(int tile) {
        int first = tile / arity * arity;
        return java.util.stream.IntStream.range(first, first + arity).filter(t -> t != tile).toArray();
    }
}
