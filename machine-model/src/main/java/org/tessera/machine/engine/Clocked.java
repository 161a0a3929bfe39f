package org.tessera.machine.engine;

/**
 * A component stepped once per cycle while it has work, such as the network. Within a cycle the
 * engine runs, in order: the events due, every component's {@link #deliver}, the events that
 * delivery scheduled for the same cycle, then every component's {@link #advance} in registration
 * order. Components exchange state only through latencies of at least one cycle, so the order
 * in which units are visited within {@code advance} cannot change a result.
 *
 * <p>Cycle numbers here are raw {@code long}s because this interface is on the hot path.
 */
public interface Clocked {
    /** The first cycle at or after {@code fromCycle} at which this component has work, or {@link Long#MAX_VALUE}. */
    long nextActiveCycle(long fromCycle);

    /** Hands over everything that arrives at {@code cycle} (may call user callbacks). */
    void deliver(long cycle);

    /** Does the work of {@code cycle}: arbitration, transfers, injection. Calls no user code. */
    void advance(long cycle);
}
