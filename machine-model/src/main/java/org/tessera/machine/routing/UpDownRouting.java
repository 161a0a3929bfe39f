package org.tessera.machine.routing;

import org.tessera.machine.topology.FatTree;

/**
 * Up*&#47;down* routing on a fat tree: climb until the switch's subtree holds the destination
 * (the nearest common ancestor), then descend. Every up link comes before every down link on a
 * route, so dependencies go from up channels (ordered by level) to down channels (ordered by
 * level) and never back: no cycle, no deadlock (Schroeder et al., Autonet, 1991). The up port is
 * chosen by destination ("d-mod-k": digit l of the destination tile at level l; Zahavi et al.,
 * 2010), which is deterministic and spreads uniform traffic over the spine.
 */
public final class UpDownRouting implements RoutingFunction {
    private final FatTree tree;
    private final int vcs;

    UpDownRouting(FatTree tree, int vcs) {
        this.tree = tree;
        this.vcs = vcs;
    }

    @Override
    public int route(int router, int inPort, int inVc, int destinationTile) {
        int k = tree.arity();
        int level = tree.levelOf(router);
        int index = tree.indexInLevel(router);
        int leaf = destinationTile / k;
        boolean below = tree.commonLevel(index, leaf) <= level;
        if (below) {
            int down = level == 0 ? destinationTile % k : tree.digit(leaf, level - 1);
            return Route.of(down, 0, vcs);
        }
        return Route.of(k + tree.digit(destinationTile, level), 0, vcs);
    }

    @Override
    public int injectionFirstVc() {
        return 0;
    }

    @Override
    public int injectionVcCount() {
        return vcs;
    }

    @Override
    public String describe() {
        return "up*/down* (d-mod-k up ports)";
    }
}
