package org.tessera.machine.tile;

import java.util.ArrayDeque;

import org.tessera.machine.engine.Engine;
import org.tessera.machine.time.Cycles;

/**
 * The cores of all tiles (struct of arrays, so a million-tile machine costs a few flat arrays). A
 * task holds one hardware thread of its tile for its whole duration; a task that finds every thread
 * busy waits in the tile's FIFO and starts the cycle a thread is released.
 *
 * <p>Accounting is exact and costs nothing per idle cycle: each tile remembers when its number of
 * busy threads last changed, and the span since then is added when it changes again (or when a
 * report asks). A tile is <em>busy</em> in a cycle when at least one thread is; thread-cycles add up
 * every busy thread, so thread-cycles / (threads × elapsed) is the core's utilisation.
 */
final class Cores {
    private record Task(long cycles, Runnable then) {
    }

    private final Engine engine;
    private final int threads;
    private final int[] busyThreads;
    private final long[] lastChange;
    private final long[] busyCycles;
    private final long[] threadCycles;
    private final long[] tasks;
    /** Per tile, created on first need: tasks waiting for a thread. */
    private final ArrayDeque<Task>[] waiting;

    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array: Java cannot create one without a raw type
    Cores(Engine engine, int tiles, int threads) {
        this.engine = engine;
        this.threads = threads;
        busyThreads = new int[tiles];
        lastChange = new long[tiles];
        busyCycles = new long[tiles];
        threadCycles = new long[tiles];
        tasks = new long[tiles];
        waiting = new ArrayDeque[tiles];
    }

    void compute(int tile, long cycles, Runnable then) {
        if (busyThreads[tile] < threads) {
            begin(tile, cycles, then);
        } else {
            if (waiting[tile] == null) {
                waiting[tile] = new ArrayDeque<>();
            }
            waiting[tile].add(new Task(cycles, then));
        }
    }

    private void begin(int tile, long cycles, Runnable then) {
        long now = engine.nowCycle();
        account(tile, now);
        busyThreads[tile]++;
        tasks[tile]++;
        engine.schedule(Cycles.of(now + cycles), () -> end(tile, then));
    }

    private void end(int tile, Runnable then) {
        account(tile, engine.nowCycle());
        busyThreads[tile]--;
        // The freed thread takes the next waiting task before `then` runs, so work that `then`
        // submits queues behind work submitted earlier.
        ArrayDeque<Task> queue = waiting[tile];
        if (queue != null && !queue.isEmpty()) {
            Task next = queue.poll();
            begin(tile, next.cycles(), next.then());
        }
        if (then != null) {
            then.run();
        }
    }

    private void account(int tile, long now) {
        long span = now - lastChange[tile];
        if (busyThreads[tile] > 0) {
            busyCycles[tile] += span;
            threadCycles[tile] += span * busyThreads[tile];
        }
        lastChange[tile] = now;
    }

    int busyThreads(int tile) {
        return busyThreads[tile];
    }

    int waitingTasks(int tile) {
        return waiting[tile] == null ? 0 : waiting[tile].size();
    }

    long tasks(int tile) {
        return tasks[tile];
    }

    /** Cycles before {@code now} in which at least one thread was busy. */
    long busyCycles(int tile, long now) {
        return busyCycles[tile] + (busyThreads[tile] > 0 ? now - lastChange[tile] : 0);
    }

    long threadCycles(int tile, long now) {
        return threadCycles[tile] + (now - lastChange[tile]) * busyThreads[tile];
    }
}
