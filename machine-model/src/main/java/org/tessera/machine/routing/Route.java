package org.tessera.machine.routing;

/**
 * A routing decision packed into an int, so the router's hot loop allocates nothing: the output
 * port (16 bits), the first allowed virtual channel (8 bits) and how many follow it (8 bits).
 */
public final class Route {
    private Route() {
    }

    public static int of(int port, int firstVc, int vcCount) {
        return port | firstVc << 16 | vcCount << 24;
    }

    public static int port(int route) {
        return route & 0xFFFF;
    }

    public static int firstVc(int route) {
        return (route >>> 16) & 0xFF;
    }

    public static int vcCount(int route) {
        return route >>> 24;
    }
}
