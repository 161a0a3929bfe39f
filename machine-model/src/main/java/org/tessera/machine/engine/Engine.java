package org.tessera.machine.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

import org.tessera.machine.time.Cycles;

/**
 * The event loop. Between runs, {@link #now()} is the first cycle not yet simulated; while a cycle
 * is being simulated it is that cycle. Events scheduled for the same cycle run in the order they
 * were scheduled (a sequence number is the tie-breaker), so runs are deterministic.
 */
public final class Engine {
    private record Scheduled(long cycle, long sequence, Runnable action) {
    }

    private static final Comparator<Scheduled> ORDER = Comparator.comparingLong(Scheduled::cycle).thenComparingLong(Scheduled::sequence);

    private final PriorityQueue<Scheduled> events = new PriorityQueue<>(ORDER);
    private final List<Clocked> components = new ArrayList<>();
    private long now;
    private long sequence;
    private boolean advancing;

    /** The current cycle (see the class comment). */
    public Cycles now() {
        return Cycles.of(now);
    }

    /** The current cycle as a raw number, for components on the hot path. */
    public long nowCycle() {
        return now;
    }

    /** Adds a clocked component; components advance in the order they were registered. */
    public void register(Clocked component) {
        components.add(component);
    }

    /** Runs {@code action} at cycle {@code at}, after the events already scheduled for that cycle. */
    public void schedule(Cycles at, Runnable action) {
        long cycle = at.count();
        if (cycle < now || (advancing && cycle == now)) {
            throw new IllegalArgumentException("cannot schedule at " + at + ": the engine is already at cycle " + now);
        }
        events.add(new Scheduled(cycle, sequence++, action));
    }

    /** Simulates every cycle before {@code end}; afterwards {@link #now()} is {@code end}. */
    public void runUntil(Cycles end) {
        run(end.count(), () -> false);
        now = Math.max(now, end.count());
    }

    /**
     * Simulates until nothing is left to do, or until {@code limit} (exclusive).
     *
     * @return true if the machine went idle, false if the limit was reached first
     */
    public boolean runUntilIdle(Cycles limit) {
        return run(limit.count(), () -> false) == Outcome.IDLE;
    }

    /**
     * Simulates until {@code condition} holds after a cycle, the machine is idle, or {@code limit}
     * (exclusive) is reached.
     *
     * @return true if the condition held
     */
    public boolean runUntil(BooleanSupplier condition, Cycles limit) {
        return condition.getAsBoolean() || run(limit.count(), condition) == Outcome.CONDITION;
    }

    private enum Outcome {
        IDLE, LIMIT, CONDITION
    }

    private Outcome run(long limit, BooleanSupplier condition) {
        while (true) {
            long next = nextCycle();
            if (next == Long.MAX_VALUE) {
                return Outcome.IDLE;
            }
            if (next >= limit) {
                return Outcome.LIMIT;
            }
            now = next;
            simulateCycle(next);
            now = next + 1;
            if (condition.getAsBoolean()) {
                return Outcome.CONDITION;
            }
        }
    }

    private long nextCycle() {
        Scheduled head = events.peek();
        long next = head == null ? Long.MAX_VALUE : head.cycle();
        for (int i = 0; i < components.size(); i++) {
            next = Math.min(next, components.get(i).nextActiveCycle(now));
        }
        return next;
    }

    private void simulateCycle(long cycle) {
        runEventsAt(cycle);
        for (int i = 0; i < components.size(); i++) {
            components.get(i).deliver(cycle);
        }
        runEventsAt(cycle);
        advancing = true;
        try {
            for (int i = 0; i < components.size(); i++) {
                components.get(i).advance(cycle);
            }
        } finally {
            advancing = false;
        }
    }

    private void runEventsAt(long cycle) {
        while (!events.isEmpty() && events.peek().cycle() == cycle) {
            events.poll().action().run();
        }
    }
}
