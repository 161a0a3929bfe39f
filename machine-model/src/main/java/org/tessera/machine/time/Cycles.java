package org.tessera.machine.time;

/**
 * A number of machine cycles: a point in simulated time (cycles since the start) or a span.
 * Never negative.
 */
public record Cycles(long count) implements Comparable<Cycles> {
    public static final Cycles ZERO = new Cycles(0);

    public Cycles {
        if (count < 0) {
            throw new IllegalArgumentException("cycles must not be negative: " + count);
        }
    }

    public static Cycles of(long count) {
        return count == 0 ? ZERO : new Cycles(count);
    }

    public Cycles plus(Cycles other) {
        return of(Math.addExact(count, other.count));
    }

    public Cycles plus(long cycles) {
        return of(Math.addExact(count, cycles));
    }

    /** The span from {@code earlier} to this point; fails if {@code earlier} is later. */
    public Cycles since(Cycles earlier) {
        return of(count - earlier.count);
    }

    public boolean isBefore(Cycles other) {
        return count < other.count;
    }

    public boolean isAfter(Cycles other) {
        return count > other.count;
    }

    public static Cycles max(Cycles a, Cycles b) {
        return a.count >= b.count ? a : b;
    }

    @Override
    public int compareTo(Cycles other) {
        return Long.compare(count, other.count);
    }

    @Override
    public String toString() {
        return count + " cycles";
    }
}
