package org.tessera.machine.trace;

/**
 * What a trace keeps: messages whose injection starts in the cycle window [from, to), and at most
 * {@code maxEvents} trace events in all (metadata included), thinned deterministically when there
 * are more (see {@link TraceRecorder}).
 */
public record TraceOptions(long fromCycle, long toCycle, int maxEvents) {
    /** About 30 MB of JSON: comfortable for ui.perfetto.dev. */
    public static final int DEFAULT_MAX_EVENTS = 200_000;

    /** Every cycle, {@link #DEFAULT_MAX_EVENTS} events. */
    public static final TraceOptions DEFAULT = new TraceOptions(0, Long.MAX_VALUE, DEFAULT_MAX_EVENTS);

    public TraceOptions {
        if (fromCycle < 0 || toCycle <= fromCycle) {
            throw new IllegalArgumentException("a trace window needs 0 ≤ from < to, got [" + fromCycle + ", " + toCycle + ")");
        }
        if (maxEvents < 1) {
            throw new IllegalArgumentException("a trace needs room for at least one event, got " + maxEvents);
        }
    }

    public boolean inWindow(long cycle) {
        return cycle >= fromCycle && cycle < toCycle;
    }
}
