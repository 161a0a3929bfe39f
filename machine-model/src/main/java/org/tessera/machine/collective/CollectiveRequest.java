package org.tessera.machine.collective;

/**
 * What to run: a collective, an algorithm, the vector size n in bytes and the number of ranks p,
 * with optional extras added by the {@code with…} methods (each returns a new request):
 *
 * <ul>
 * <li>{@link #withRoot}: the root rank of a rooted collective (default 0; collectives without a
 * root ignore it);</li>
 * <li>{@link #withPlacement}: the tile of each rank (default: the first p tiles of
 * {@code Topology.ringOrder()}, so ring neighbours are physical neighbours);</li>
 * <li>{@link #withValues}: each rank's vector of E {@code long}s, so the run moves real data and
 * the result holds what every rank ends with; n must then be a multiple of E (each element is n/E
 * bytes). Without values the run models timing only;</li>
 * <li>{@link #withArrivals}: how many cycles after the start each rank enters the collective
 * (default: all at once).</li>
 * </ul>
 */
public final class CollectiveRequest {
    private final Collective collective;
    private final Algorithm algorithm;
    private final long bytes;
    private final int participants;
    private final int root;
    private final int[] placement;
    private final long[][] values;
    private final long[] arrivals;

    private CollectiveRequest(Collective collective, Algorithm algorithm, long bytes, int participants, int root, int[] placement, long[][] values,
                    long[] arrivals) {
        this.collective = collective;
        this.algorithm = algorithm;
        this.bytes = bytes;
        this.participants = participants;
        this.root = root;
        this.placement = placement;
        this.values = values;
        this.arrivals = arrivals;
    }

    public static CollectiveRequest of(Collective collective, Algorithm algorithm, long bytes, int participants) {
        if (participants < 1) {
            throw new IllegalArgumentException("a collective needs at least one participant, not " + participants);
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("a collective cannot move " + bytes + " bytes");
        }
        if (collective == Collective.BARRIER && bytes != 0) {
            throw new IllegalArgumentException("a barrier carries no data; pass 0 bytes, not " + bytes);
        }
        collective.check(algorithm);
        return new CollectiveRequest(collective, algorithm, bytes, participants, 0, null, null, null);
    }

    public CollectiveRequest withRoot(int newRoot) {
        if (newRoot < 0 || newRoot >= participants) {
            throw new IllegalArgumentException("root " + newRoot + " is not a rank (0.." + (participants - 1) + ")");
        }
        return new CollectiveRequest(collective, algorithm, bytes, participants, newRoot, placement, values, arrivals);
    }

    /** Rank r runs on tile {@code tiles[r]}. */
    public CollectiveRequest withPlacement(int... tiles) {
        if (tiles.length != participants) {
            throw new IllegalArgumentException("a placement of " + participants + " ranks needs " + participants + " tiles, not " + tiles.length);
        }
        return new CollectiveRequest(collective, algorithm, bytes, participants, root, tiles.clone(), values, arrivals);
    }

    /**
     * Rank r's vector is {@code perRank[r]}; every vector has the same length E. A rank whose vector
     * the collective does not read (not the root of a broadcast or scatter) may pass null.
     */
    public CollectiveRequest withValues(long[][] perRank) {
        if (collective == Collective.BARRIER) {
            throw new IllegalArgumentException("a barrier carries no values");
        }
        if (perRank.length != participants) {
            throw new IllegalArgumentException("values for " + perRank.length + " ranks given, but there are " + participants);
        }
        long[][] copy = new long[participants][];
        int length = -1;
        for (int r = 0; r < participants; r++) {
            if (perRank[r] == null) {
                continue;
            }
            if (length >= 0 && perRank[r].length != length) {
                throw new IllegalArgumentException("every rank's vector must have the same length; rank " + r + " has " + perRank[r].length
                                + " elements, an earlier one " + length);
            }
            length = perRank[r].length;
            copy[r] = perRank[r].clone();
        }
        if (length < 0) {
            throw new IllegalArgumentException("every rank's values are null");
        }
        if (length == 0 ? bytes != 0 : bytes % length != 0) {
            throw new IllegalArgumentException(bytes + " bytes cannot be split into " + length + " equal elements");
        }
        return new CollectiveRequest(collective, algorithm, bytes, participants, root, placement, copy, arrivals);
    }

    /** Rank r enters the collective {@code cycles[r]} cycles after it starts. */
    public CollectiveRequest withArrivals(long... cycles) {
        if (cycles.length != participants) {
            throw new IllegalArgumentException("arrivals for " + cycles.length + " ranks given, but there are " + participants);
        }
        for (long c : cycles) {
            if (c < 0) {
                throw new IllegalArgumentException("an arrival cannot be " + c + " cycles after the start");
            }
        }
        return new CollectiveRequest(collective, algorithm, bytes, participants, root, placement, values, cycles.clone());
    }

    public Collective collective() {
        return collective;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public long bytes() {
        return bytes;
    }

    public int participants() {
        return participants;
    }

    public int root() {
        return root;
    }

    /** The explicit placement, or null for the default. */
    int[] placement() {
        return placement;
    }

    /** The input vectors (copies), or null when only timing is modelled. */
    long[][] values() {
        return values;
    }

    /** Arrival offsets, or null for all at once. */
    long[] arrivals() {
        return arrivals;
    }

    public boolean tracksValues() {
        return values != null;
    }
}
