package org.tessera.machine.routing;

/** The exchange's routing: the crossbar's output port is the destination tile. */
public final class DirectRouting implements RoutingFunction {
    private final int vcs;

    DirectRouting(int vcs) {
        this.vcs = vcs;
    }

    @Override
    public int route(int router, int inPort, int inVc, int destinationTile) {
        return Route.of(destinationTile, 0, vcs);
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
        return "direct (one crossbar stage)";
    }
}
