package org.tessera.machine.time;

/** A clock frequency, for converting cycles into microseconds in reports and traces. */
public record Frequency(double megahertz) {
    public Frequency {
        if (!(megahertz > 0) || Double.isInfinite(megahertz)) {
            throw new IllegalArgumentException("frequency must be a positive number of MHz: " + megahertz);
        }
    }

    /** Microseconds taken by {@code cycles} at this frequency. */
    public double micros(Cycles cycles) {
        return micros(cycles.count());
    }

    /** Microseconds taken by a raw number of cycles (for the struct-of-arrays hot path). */
    public double micros(long cycles) {
        return cycles / megahertz;
    }

    @Override
    public String toString() {
        return megahertz + " MHz";
    }
}
