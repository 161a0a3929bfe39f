package org.tessera.machine.topology;

/**
 * A binary n-cube: 2^n routers, router i linked to i XOR 2^d through port 1+d (port 0 is the
 * tile). As on the XMOS XMP-64 board, an order-4 hypercube (jameswhanlon.com/the-xmos-xmp-64.html).
 */
public final class Hypercube implements Topology {
    private final int dimension;

    public Hypercube(int dimension) {
        this.dimension = dimension;
    }

    public int dimension() {
        return dimension;
    }

    @Override
    public int tiles() {
        return 1 << dimension;
    }

    @Override
    public int routers() {
        return 1 << dimension;
    }

    @Override
    public int ports() {
        return 1 + dimension;
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
        return port == 0 ? Topology.terminal(router) : (router ^ (1 << (port - 1))) * ports() + port;
    }

    @Override
    public int hops(int from, int to) {
        return 1 + Integer.bitCount(from ^ to);
    }

    @Override
    public String describe() {
        return dimension + "-dimensional hypercube (" + tiles() + " tiles)";
    }

    @Override
    public String tileLabel(int tile) {
        StringBuilder bits = new StringBuilder(Integer.toBinaryString(tile));
        while (bits.length() < dimension) {
            bits.insert(0, '0');
        }
        return bits.toString();
    }

    /** The low half of the address bits along x, the high half along y. */
    @Override
    public double[] routerPosition(int router) {
        int low = (dimension + 1) / 2;
        return new double[]{router & ((1 << low) - 1), router >>> low};
    }

    @Override
    public double[] tilePosition(int tile) {
        return routerPosition(tile);
    }

    /** The reflected binary Gray code: a Hamiltonian cycle of the cube. */
    @Override
    public int[] ringOrder() {
        int[] order = new int[tiles()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i ^ (i >>> 1);
        }
        return order;
    }

    @Override
    public int[] neighbours(int tile) {
        int[] result = new int[dimension];
        for (int d = 0; d < dimension; d++) {
            result[d] = tile ^ (1 << d);
        }
        return result;
    }
}
