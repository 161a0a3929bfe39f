package org.tessera.machine.config;

import java.util.Collections;
import java.util.List;

/** The shape of the network: one record per topology family. */
public sealed interface TopologyConfig {
    TopologyKind kind();

    /** The number of tiles this shape connects ({@code Long.MAX_VALUE} if that overflows a long). */
    long tileCount();

    /** A k-ary n-dimensional mesh; {@code dimensions} holds k for each dimension. */
    record MeshSpec(List<Integer> dimensions) implements TopologyConfig {
        public MeshSpec {
            dimensions = List.copyOf(dimensions);
        }

        @Override
        public TopologyKind kind() {
            return TopologyKind.MESH;
        }

        @Override
        public long tileCount() {
            return product(dimensions);
        }
    }

    /** A k-ary n-cube (torus); {@code dimensions} holds k for each dimension. */
    record TorusSpec(List<Integer> dimensions) implements TopologyConfig {
        public TorusSpec {
            dimensions = List.copyOf(dimensions);
        }

        @Override
        public TopologyKind kind() {
            return TopologyKind.TORUS;
        }

        @Override
        public long tileCount() {
            return product(dimensions);
        }
    }

    /** A binary hypercube of 2^dimension tiles. */
    record HypercubeSpec(int dimension) implements TopologyConfig {
        @Override
        public TopologyKind kind() {
            return TopologyKind.HYPERCUBE;
        }

        @Override
        public long tileCount() {
            return 1L << dimension;
        }
    }

    /** A folded Clos network: a k-ary n-tree with arity^levels tiles. */
    record FatTreeSpec(int arity, int levels) implements TopologyConfig {
        @Override
        public TopologyKind kind() {
            return TopologyKind.FAT_TREE;
        }

        @Override
        public long tileCount() {
            return product(Collections.nCopies(levels, arity));
        }
    }

    /** An all-to-all exchange (one crossbar stage), as on the Graphcore IPU. */
    record ExchangeSpec(int tiles) implements TopologyConfig {
        @Override
        public TopologyKind kind() {
            return TopologyKind.EXCHANGE;
        }

        @Override
        public long tileCount() {
            return tiles;
        }
    }

    /** The product of the radices, or {@code Long.MAX_VALUE} if it overflows (so a limit check still sees it). */
    private static long product(List<Integer> radices) {
        long n = 1;
        for (int k : radices) {
            try {
                n = Math.multiplyExact(n, k);
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }
}
