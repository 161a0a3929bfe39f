package org.tessera.machine.traffic;

import java.util.List;
import java.util.Locale;

import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.topology.Grid;
import org.tessera.machine.topology.GridTopology;
import org.tessera.machine.topology.Hypercube;
import org.tessera.machine.topology.Topology;

/**
 * Where a synthetic packet goes (Dally &amp; Towles §3.2; BookSim's {@code traffic.cpp}). Patterns
 * defined on node coordinates use them on meshes and tori and the tile number's bits elsewhere;
 * bit patterns need a power-of-two number of tiles.
 */
public sealed interface TrafficPattern {
    /** The spellings {@link #parse} accepts. */
    List<String> NAMES = List.of("uniform", "transpose", "bit-complement", "bit-reverse", "shuffle", "tornado", "hotspot", "neighbour");

    /** The destination of a packet from {@code source}. */
    int destination(int source, DeterministicRandom random);

    String name();

    /**
     * A pattern by name, e.g. {@code uniform}, {@code hotspot} (20% of packets to the centre tile),
     * {@code hotspot:0.5} or {@code hotspot:0.3@17} (fraction, tile).
     */
    static TrafficPattern parse(String spec, Topology topology) {
        String s = spec.toLowerCase(Locale.ROOT).replace('_', '-');
        String name = s.contains(":") ? s.substring(0, s.indexOf(':')) : s;
        String argument = s.contains(":") ? s.substring(s.indexOf(':') + 1) : null;
        int n = topology.tiles();
        TrafficPattern pattern = switch (name) {
            case "uniform", "uniform-random", "random" -> new Uniform(n);
            case "transpose" -> new Permutation("transpose", transpose(topology));
            case "bit-complement", "bitcomp", "complement" -> new Permutation("bit-complement", bitComplement(topology));
            case "bit-reverse", "bitrev" -> new Permutation("bit-reverse", bitReverse(n));
            case "shuffle" -> new Permutation("shuffle", shuffle(n));
            case "tornado" -> new Permutation("tornado", tornado(topology));
            case "neighbour", "neighbor", "nearest-neighbour", "nearest-neighbor" -> new Permutation("neighbour", neighbour(topology));
            case "hotspot" -> hotspot(argument, topology);
            default -> throw new IllegalArgumentException("unknown traffic pattern '" + spec + "'; choose one of " + String.join(", ", NAMES));
        };
        if (argument != null && !name.equals("hotspot")) {
            throw new IllegalArgumentException("traffic pattern '" + name + "' takes no argument (got '" + spec + "')");
        }
        return pattern;
    }

    /** Uniform random over all tiles (a tile may pick itself, as in BookSim). */
    record Uniform(int tiles) implements TrafficPattern {
        @Override
        public int destination(int source, DeterministicRandom random) {
            return random.nextInt(tiles);
        }

        @Override
        public String name() {
            return "uniform";
        }
    }

    /** A fixed destination per source. */
    record Permutation(String name, int[] map) implements TrafficPattern {
        @Override
        public int destination(int source, DeterministicRandom random) {
            return map[source];
        }
    }

    /** A fraction of packets to one tile, the rest uniform. */
    record Hotspot(int tiles, int hotspot, double fraction) implements TrafficPattern {
        @Override
        public int destination(int source, DeterministicRandom random) {
            return random.nextDouble() < fraction ? hotspot : random.nextInt(tiles);
        }

        @Override
        public String name() {
            return "hotspot(" + fraction + "→" + hotspot + ")";
        }
    }

    private static TrafficPattern hotspot(String argument, Topology topology) {
        int n = topology.tiles();
        double fraction = 0.2;
        int tile = centre(topology);
        if (argument != null && !argument.isEmpty()) {
            String[] parts = argument.split("@", 2);
            try {
                fraction = Double.parseDouble(parts[0]);
                if (parts.length == 2) {
                    tile = Integer.parseInt(parts[1]);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hotspot takes FRACTION or FRACTION@TILE, e.g. hotspot:0.3@17; got '" + argument + "'");
            }
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("hotspot fraction must be between 0 and 1, got " + fraction);
            }
            if (tile < 0 || tile >= n) {
                throw new IllegalArgumentException("hotspot tile " + tile + " is not in 0.." + (n - 1));
            }
        }
        return new Hotspot(n, tile, fraction);
    }

    private static Grid grid(Topology topology) {
        return topology instanceof GridTopology g ? g.grid() : null;
    }

    private static int centre(Topology topology) {
        Grid g = grid(topology);
        if (g == null) {
            return topology.tiles() / 2;
        }
        int node = 0;
        for (int d = 0; d < g.dimensions(); d++) {
            node = g.withCoordinate(node, d, g.radix(d) / 2);
        }
        return node;
    }

    /** (x, y) → (y, x) on a square 2-D grid; otherwise swap the halves of the tile number's bits. */
    private static int[] transpose(Topology topology) {
        int n = topology.tiles();
        int[] map = new int[n];
        Grid g = grid(topology);
        if (g != null && g.dimensions() == 2 && g.radix(0) == g.radix(1)) {
            for (int i = 0; i < n; i++) {
                map[i] = g.withCoordinate(g.withCoordinate(0, 0, g.coordinate(i, 1)), 1, g.coordinate(i, 0));
            }
            return map;
        }
        int bits = log2(n, "transpose");
        if (bits % 2 != 0) {
            throw new IllegalArgumentException("transpose needs a square 2-D grid or an even number of address bits; " + topology.describe() + " has neither");
        }
        int half = bits / 2;
        int mask = (1 << half) - 1;
        for (int i = 0; i < n; i++) {
            map[i] = (i & mask) << half | i >>> half;
        }
        return map;
    }

    /** Each coordinate c → k − 1 − c on grids (the bit complement when k is a power of two); ~i elsewhere. */
    private static int[] bitComplement(Topology topology) {
        int n = topology.tiles();
        int[] map = new int[n];
        Grid g = grid(topology);
        if (g != null) {
            for (int i = 0; i < n; i++) {
                int node = i;
                for (int d = 0; d < g.dimensions(); d++) {
                    node = g.withCoordinate(node, d, g.radix(d) - 1 - g.coordinate(i, d));
                }
                map[i] = node;
            }
            return map;
        }
        int bits = log2(n, "bit-complement");
        for (int i = 0; i < n; i++) {
            map[i] = ~i & ((1 << bits) - 1);
        }
        return map;
    }

    private static int[] bitReverse(int n) {
        int bits = log2(n, "bit-reverse");
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        return map;
    }

    private static int[] shuffle(int n) {
        int bits = log2(n, "shuffle");
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = ((i << 1) | (i >>> (bits - 1))) & (n - 1);
        }
        return map;
    }

    /** Half-way round each dimension minus one (D&amp;T §3.2): the worst case for minimal torus routing. */
    private static int[] tornado(Topology topology) {
        Grid g = grid(topology);
        if (g == null) {
            throw new IllegalArgumentException("tornado is defined on meshes and tori, not on " + topology.describe());
        }
        int n = topology.tiles();
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            int node = i;
            for (int d = 0; d < g.dimensions(); d++) {
                int k = g.radix(d);
                node = g.withCoordinate(node, d, (g.coordinate(i, d) + (k + 1) / 2 - 1) % k);
            }
            map[i] = node;
        }
        return map;
    }

    /** One step in every dimension (x+1, y+1) mod k on grids; the next address bit on hypercubes; the next tile elsewhere. */
    private static int[] neighbour(Topology topology) {
        int n = topology.tiles();
        int[] map = new int[n];
        Grid g = grid(topology);
        for (int i = 0; i < n; i++) {
            if (g != null) {
                int node = i;
                for (int d = 0; d < g.dimensions(); d++) {
                    node = g.withCoordinate(node, d, (g.coordinate(i, d) + 1) % g.radix(d));
                }
                map[i] = node;
            } else if (topology instanceof Hypercube) {
                map[i] = i ^ 1;
            } else {
                map[i] = (i + 1) % n;
            }
        }
        return map;
    }

    private static int log2(int n, String pattern) {
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException(pattern + " needs a power-of-two number of tiles, not " + n);
        }
        return Integer.numberOfTrailingZeros(n);
    }
}
