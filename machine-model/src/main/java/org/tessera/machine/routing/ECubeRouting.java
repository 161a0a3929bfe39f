package org.tessera.machine.routing;

/**
 * E-cube routing (Sullivan &amp; Bashkow 1977): correct the lowest differing address bit first. It
 * is dimension-order routing on the 2-ary n-cube, whose rings have length two and so no cycles;
 * channel dependencies only go from lower to higher dimensions and are acyclic.
 */
public final class ECubeRouting implements RoutingFunction {
    private final int vcs;

    ECubeRouting(int vcs) {
        this.vcs = vcs;
    }

    @Override
    public int route(int router, int inPort, int inVc, int destinationTile) {
        int differing = router ^ destinationTile;
        return differing == 0 ? Route.of(0, 0, vcs) : Route.of(1 + Integer.numberOfTrailingZeros(differing), 0, vcs);
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
        return "e-cube (lowest dimension first)";
    }
}
