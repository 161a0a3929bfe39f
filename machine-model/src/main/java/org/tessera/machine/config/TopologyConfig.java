package org.tessera.machine.config;

import java.util.Collections;
import java.util.List;

/** The shape of the network: one record per topology family. */
public sealed interface TopologyConfig {
    TopologyKind kind();

    /** The number of tiles this shape connects ({@code Long.MAX_VALUE} if that overflows a long). */
    long tileCount();

    /** The number of routers (switches) of the network, as {@code topology.Topology#routers()} builds it. */
    long routers();

    /** Ports per router, the tile's own included, as {@code topology.Topology#ports()} builds it. */
    long ports();

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

        @Override
        public long routers() {
            return tileCount();
        }

        @Override
        public long ports() {
            return 1 + 2L * dimensions.size();
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

        @Override
        public long routers() {
            return tileCount();
        }

        @Override
        public long ports() {
            return 1 + 2L * dimensions.size();
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

        @Override
        public long routers() {
            return tileCount();
        }

        @Override
        public long ports() {
            return 1L + dimension;
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

        /** arity^(levels − 1) switches on each level. */
        @Override
        public long routers() {
            long perLevel = product(Collections.nCopies(levels - 1, arity));
            return perLevel == Long.MAX_VALUE ? Long.MAX_VALUE : perLevel * levels;
        }

        @Override
        public long ports() {
            return 2L * arity;
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

        /** One crossbar with a port per tile. */
        @Override
        public long routers() {
            return 1;
        }

        @Override
        public long ports() {
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
