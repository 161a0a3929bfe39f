package org.tessera.machine.topology;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Mixed-radix coordinates shared by {@link Mesh} and {@link Torus}: node i has coordinate
 * (i / stride[d]) mod k[d] in dimension d. Ports: 0 is the tile, 1+2d leads towards +d,
 * 2+2d towards −d.
 */
public final class Grid {
    private final int[] radix;
    private final int[] stride;
    private final int nodes;
    /**
     * When every radix is a power of two, coordinates are bit fields: shift[d] and mask[d] extract
     * them without a division (route computation asks for them on every flit-hop). Otherwise null.
     */
    private final int[] shift;
    private final int[] mask;

    public Grid(List<Integer> dimensions) {
        radix = dimensions.stream().mapToInt(Integer::intValue).toArray();
        stride = new int[radix.length + 1];
        stride[0] = 1;
        for (int d = 0; d < radix.length; d++) {
            stride[d + 1] = Math.multiplyExact(stride[d], radix[d]);
        }
        nodes = stride[radix.length];
        boolean powersOfTwo = true;
        for (int k : radix) {
            powersOfTwo &= Integer.bitCount(k) == 1;
        }
        if (powersOfTwo) {
            shift = new int[radix.length];
            mask = new int[radix.length];
            for (int d = 0; d < radix.length; d++) {
                shift[d] = Integer.numberOfTrailingZeros(stride[d]);
                mask[d] = radix[d] - 1;
            }
        } else {
            shift = null;
            mask = null;
        }
    }

    public int dimensions() {
        return radix.length;
    }

    public int radix(int dimension) {
        return radix[dimension];
    }

    public int nodes() {
        return nodes;
    }

    public int ports() {
        return 1 + 2 * radix.length;
    }

    public int coordinate(int node, int dimension) {
        if (shift != null) {
            return node >>> shift[dimension] & mask[dimension];
        }
        return node / stride[dimension] % radix[dimension];
    }

    /** The node at {@code node}'s place with coordinate {@code dimension} replaced. */
    public int withCoordinate(int node, int dimension, int value) {
        return node + (value - coordinate(node, dimension)) * stride[dimension];
    }

    public static int positivePort(int dimension) {
        return 1 + 2 * dimension;
    }

    public static int negativePort(int dimension) {
        return 2 + 2 * dimension;
    }

    /** The dimension a non-local port leads along. */
    public static int dimensionOf(int port) {
        return (port - 1) >> 1;
    }

    public static boolean isPositive(int port) {
        return ((port - 1) & 1) == 0;
    }

    /** For example {@code 8×8}. */
    public String shape() {
        return java.util.Arrays.stream(radix).mapToObj(String::valueOf).collect(Collectors.joining("×"));
    }

    /** For example {@code (3,1)}. */
    public String label(int node) {
        StringBuilder b = new StringBuilder("(");
        for (int d = 0; d < radix.length; d++) {
            b.append(d == 0 ? "" : ",").append(coordinate(node, d));
        }
        return b.append(')').toString();
    }

    /** Even dimensions spread along x, odd ones along y, so 3-D and higher grids fold onto a page. */
    public double[] position(int node) {
        double x = 0;
        double y = 0;
        double xScale = 1;
        double yScale = 1;
        for (int d = 0; d < radix.length; d++) {
            if (d % 2 == 0) {
                x += coordinate(node, d) * xScale;
                xScale *= radix[d] + 1;
            } else {
                y += coordinate(node, d) * yScale;
                yScale *= radix[d] + 1;
            }
        }
        return new double[]{x, y};
    }

    /**
     * The boustrophedon (snake) order: a Hamiltonian path in which consecutive nodes differ by one
     * in one coordinate. Position i reverses dimension d when (i / (k_0···k_d)) is odd.
     */
    public int[] snakeOrder() {
        int[] order = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            int node = 0;
            for (int d = 0; d < radix.length; d++) {
                int digit = i / stride[d] % radix[d];
                if ((i / stride[d + 1]) % 2 == 1) {
                    digit = radix[d] - 1 - digit;
                }
                node += digit * stride[d];
            }
            order[i] = node;
        }
        return order;
    }

    /** The distinct nodes reachable through one of the ports in {@code linkOf}'s wiring. */
    int[] neighbours(int node, java.util.function.IntBinaryOperator linkOf) {
        return java.util.stream.IntStream.range(1, ports()).map(p -> linkOf.applyAsInt(node, p)).filter(peer -> peer >= 0)
                        .map(peer -> peer / ports()).filter(n -> n != node).distinct().toArray();
    }
}
