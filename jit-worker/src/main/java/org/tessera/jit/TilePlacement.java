package org.tessera.jit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tessera.machine.program.JitHost;

/**
 * Where the JIT tiles are. Distances are a one-flit message's cycles on the idle network between
 * two tiles. JIT tiles are spare tiles: those past the program's ({@link JitHost#programTiles()})
 * when there are enough, otherwise every tile but tile 0, where the program starts (then they share
 * tiles the program's tasks may use; the model does not make them contend).
 */
public enum TilePlacement {
    /** Clustered in the corner farthest from tile 0: the N spare tiles farthest from it. */
    CORNER,
    /** Clustered in the middle: the N spare tiles with the smallest total distance to the machine's tiles. */
    CENTER,
    /** Spread out: from the middle, each next tile the spare tile farthest from those chosen. */
    SPREAD,
    /** Next to the program: the N spare tiles nearest tile 0, where sequential code runs. */
    NEAR_CALLERS;

    /** Candidates considered at most (an even sample of a bigger machine's tiles). */
    static final int MAX_CANDIDATES = 4096;

    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TilePlacement parse(String text) {
        for (TilePlacement p : values()) {
            if (p.spelling().equals(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("expected corner, center, spread or near-callers, got '" + text + "'");
    }

    /** Whether the spare tiles of {@link #candidates} overlap the program's. */
    static boolean sharesProgramTiles(JitHost host, int n) {
        return host.tiles() - host.programTiles() < n;
    }

    static List<Integer> candidates(JitHost host, int n) {
        int first = sharesProgramTiles(host, n) ? 1 : host.programTiles();
        int count = host.tiles() - first;
        List<Integer> tiles = new ArrayList<>();
        if (count <= MAX_CANDIDATES) {
            for (int t = first; t < host.tiles(); t++) {
                tiles.add(t);
            }
        } else {
            for (int i = 0; i < MAX_CANDIDATES; i++) {
                tiles.add(first + (int) ((long) i * count / MAX_CANDIDATES));
            }
        }
        return tiles;
    }

    /** The {@code n} JIT tiles (n at most the candidates), in the order chosen. */
    int[] choose(JitHost host, int n) {
        List<Integer> pool = candidates(host, n);
        if (n > pool.size()) {
            throw new IllegalArgumentException(n + " JIT tiles do not fit: the machine has " + pool.size() + " tiles to spare");
        }
        int[] chosen = new int[n];
        switch (this) {
            case CORNER -> pick(pool, chosen, t -> -host.latency(0, t, 1));
            case NEAR_CALLERS -> pick(pool, chosen, t -> host.latency(0, t, 1));
            case CENTER -> {
                List<Integer> sample = sample(host);
                pick(pool, chosen, t -> totalDistance(host, t, sample));
            }
            case SPREAD -> {
                if (n > 0) {
                    int[] first = new int[1];
                    List<Integer> sample = sample(host);
                    pick(pool, first, t -> totalDistance(host, t, sample));
                    chosen[0] = first[0];
                    for (int i = 1; i < n; i++) {
                        int best = -1;
                        long bestDistance = -1;
                        for (int t : pool) {
                            long nearest = Long.MAX_VALUE;
                            for (int j = 0; j < i && nearest > 0; j++) {
                                nearest = Math.min(nearest, t == chosen[j] ? 0 : host.latency(chosen[j], t, 1));
                            }
                            if (nearest > bestDistance) {
                                bestDistance = nearest;
                                best = t;
                            }
                        }
                        chosen[i] = best;
                    }
                }
            }
        }
        return chosen;
    }

    /** The distances from {@code tile} to the sample's tiles, summed: small in the middle of the machine. */
    private static long totalDistance(JitHost host, int tile, List<Integer> sample) {
        long sum = 0;
        for (int s : sample) {
            sum += host.latency(tile, s, 1);
        }
        return sum;
    }

    /** Up to 64 tiles evenly over the machine, to measure distances to. */
    private static List<Integer> sample(JitHost host) {
        List<Integer> sample = new ArrayList<>();
        int step = Math.max(1, host.tiles() / 64);
        for (int t = 0; t < host.tiles(); t += step) {
            sample.add(t);
        }
        return sample;
    }

    /** The n pool tiles of smallest key, ties to the lower tile number. */
    private static void pick(List<Integer> pool, int[] chosen, java.util.function.IntToLongFunction key) {
        long[] keys = new long[pool.size()];
        Integer[] order = new Integer[pool.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            keys[i] = key.applyAsLong(pool.get(i));
        }
        java.util.Arrays.sort(order, (x, y) -> keys[x] != keys[y] ? Long.compare(keys[x], keys[y]) : Integer.compare(pool.get(x), pool.get(y)));
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = pool.get(order[i]);
        }
    }
}
