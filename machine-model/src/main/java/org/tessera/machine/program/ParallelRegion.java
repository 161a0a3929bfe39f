package org.tessera.machine.program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tessera.machine.engine.Engine;
import org.tessera.machine.time.Cycles;

/**
 * One parallel region ({@code tiles.map}, {@code tiles.spawn}): recorded while its tasks really run,
 * one after another, then replayed on the engine with every task on its own tile, all in model
 * time at once, so that tasks compete for the network, for the home tiles they ask, and for threads
 * where several share a tile.
 *
 * <p><b>Recording.</b> The parent's work and each task's work go to op buffers: compute spans
 * between operations, round trips, migrations, collector pauses and waits, barriers. The parent's
 * buffer also has a {@code SPAWN} where each task began and a {@code JOIN} after the last task
 * ended; what the parent does after that (the rest of the region) follows the JOIN.
 *
 * <p><b>Replay.</b> All start at the cycle the region began. A runner holds one hardware thread of
 * its tile while it computes or waits for a response (an in-order core stalls on a remote load),
 * and lets it go while it migrates, waits at a barrier or (the parent) waits for results; a runner
 * that finds every thread busy queues (first come, first served). The parent computes its
 * {@code spawn_cycles} per task and sends a spawn message to each task's tile (none if the task runs
 * on the parent's tile); a task starts when that arrives and a thread is free, and at its end sends
 * a result message back. A barrier releases, {@code bsp.sync_cycles} after the last arrival, the
 * tasks that reach it (tasks that end before it do not hold it up). The region ends when the
 * parent, having received every result, finishes its tail.
 */
final class ParallelRegion {
    private final ProgramModel model;
    private final Engine engine;
    private final Transport transport;
    final int parentTile;
    final long start;
    private final OpBuffer parentOps = new OpBuffer();
    private final OpBuffer taskOps = new OpBuffer();
    private int[] taskStart = new int[16];
    private int[] taskTile = new int[16];
    private int tasks;
    private boolean inTask;
    private int joinAt = -1;

    // replay state
    private Runner parent;
    private Runner[] runners;
    private int tasksDone;
    private int[] participants;
    private int[] arrivals;
    private List<List<Runner>> barrierWaiters;
    private final Map<Integer, ArrayDeque<Runner>> waitingForThread = new HashMap<>();
    private int finalTile;

    ParallelRegion(ProgramModel model, Transport transport, int parentTile, long start) {
        this.model = model;
        this.engine = transport.engine();
        this.transport = transport;
        this.parentTile = parentTile;
        this.start = start;
    }

    /** Where the running code's operations go: the open task's buffer, or the parent's. */
    OpBuffer target() {
        return inTask ? taskOps : parentOps;
    }

    boolean inTask() {
        return inTask;
    }

    int tasks() {
        return tasks;
    }

    void beginTask(int tile) {
        if (tasks == taskStart.length) {
            taskStart = Arrays.copyOf(taskStart, tasks * 2);
            taskTile = Arrays.copyOf(taskTile, tasks * 2);
        }
        parentOps.op(OpBuffer.SPAWN, tasks);
        taskStart[tasks] = taskOps.size();
        taskTile[tasks] = tile;
        tasks++;
        inTask = true;
    }

    void endTask() {
        taskOps.op(OpBuffer.END, 0);
        inTask = false;
        joinAt = parentOps.size();
    }

    /** The tile the parent was on when the region ended. */
    int finalTile() {
        return finalTile;
    }

    /** Replays the region from {@link #start}; the cycle the parent finished. */
    long replay() {
        parentOps.insert(joinAt < 0 ? parentOps.size() : joinAt, OpBuffer.JOIN, 0);
        parentOps.op(OpBuffer.END, 0);
        if (engine.nowCycle() < start) {
            engine.runUntil(Cycles.of(start));
        }
        parent = new Runner(-1, parentOps, 0, parentTile);
        runners = new Runner[tasks];
        int[] barriers = new int[tasks];
        int maxBarriers = 0;
        for (int i = 0; i < tasks; i++) {
            runners[i] = new Runner(i, taskOps, taskStart[i], taskTile[i]);
            barriers[i] = countBarriers(taskStart[i]);
            maxBarriers = Math.max(maxBarriers, barriers[i]);
        }
        participants = new int[maxBarriers];
        arrivals = new int[maxBarriers];
        barrierWaiters = new ArrayList<>();
        for (int g = 0; g < maxBarriers; g++) {
            for (int b : barriers) {
                participants[g] += b > g ? 1 : 0;
            }
            barrierWaiters.add(new ArrayList<>());
        }
        acquire(parent);
        if (!engine.runUntil(() -> parent.finished, Cycles.of(Long.MAX_VALUE))) {
            throw new IllegalStateException("a parallel region of " + tasks + " tasks never finished in the model (" + tasksDone + " tasks done)");
        }
        finalTile = parent.tile;
        return parent.endCycle;
    }

    private int countBarriers(int from) {
        int n = 0;
        for (int pc = from;; pc += 1 + operands(OpBuffer.kind(taskOps.word(pc)))) {
            int kind = OpBuffer.kind(taskOps.word(pc));
            if (kind == OpBuffer.END) {
                return n;
            }
            n += kind == OpBuffer.BARRIER ? 1 : 0;
        }
    }

    private static int operands(int kind) {
        return switch (kind) {
            case OpBuffer.GC_PAUSE, OpBuffer.MIGRATE -> 1;
            case OpBuffer.REMOTE -> 4;
            default -> 0;
        };
    }

    // ---- threads --------------------------------------------------------------------------

    /** Gives the runner a thread of its tile now, or queues it for one; it runs once it has one. */
    private void acquire(Runner r) {
        int slot = model.takeThread(r.tile);
        if (slot >= 0) {
            r.slot = slot;
            engine.schedule(engine.now(), r);
        } else {
            waitingForThread.computeIfAbsent(r.tile, t -> new ArrayDeque<>()).add(r);
        }
    }

    private void release(Runner r) {
        ArrayDeque<Runner> queue = waitingForThread.get(r.tile);
        if (queue != null && !queue.isEmpty()) {
            Runner next = queue.poll();
            next.slot = r.slot;
            engine.schedule(engine.now(), next);
        } else {
            model.giveBackThread(r.tile, r.slot);
        }
        r.slot = -1;
    }

    private void taskDone() {
        tasksDone++;
        if (tasksDone == tasks && parent.joining) {
            parent.joining = false;
            acquire(parent);
        }
    }

    private void arriveAtBarrier(Runner r) {
        int g = r.barriersPassed++;
        arrivals[g]++;
        barrierWaiters.get(g).add(r);
        if (arrivals[g] == participants[g]) {
            Cycles release = Cycles.of(engine.nowCycle() + model.machine().bsp().syncCycles());
            for (Runner waiting : barrierWaiters.get(g)) {
                engine.schedule(release, () -> acquire(waiting));
            }
        }
    }

    /** The parent (index -1) or a task, stepping through its operations as engine events. */
    private final class Runner implements Runnable, Transport.Completion {
        final int index;
        final OpBuffer ops;
        int pc;
        int tile;
        int slot = -1;
        int barriersPassed;
        boolean joining;
        boolean finished;
        long endCycle;
        private long issued;
        private long service;
        private int logIndex;

        Runner(int index, OpBuffer ops, int pc, int tile) {
            this.index = index;
            this.ops = ops;
            this.pc = pc;
            this.tile = tile;
        }

        @Override
        public void completed(long requestArrivalCycle) {
            model.charge(Category.REMOTE_ACCESS, engine.nowCycle() - issued - service);
            model.heaps().log().moveStart(logIndex, requestArrivalCycle);
            run();
        }

        @Override
        public void run() {
            long now = engine.nowCycle();
            while (true) {
                long word = ops.word(pc++);
                long value = OpBuffer.value(word);
                switch (OpBuffer.kind(word)) {
                    case OpBuffer.COMPUTE -> {
                        model.coreBusy(tile, slot, now, value, ProgramTrace.COMPUTE, index);
                        engine.schedule(Cycles.of(now + value), this);
                        return;
                    }
                    case OpBuffer.GC_PAUSE -> {
                        model.heaps().log().moveStart((int) ops.word(pc++), now);
                        model.coreBusy(tile, slot, now, value, ProgramTrace.GC_PAUSE, index);
                        engine.schedule(Cycles.of(now + value), this);
                        return;
                    }
                    case OpBuffer.GC_WAIT -> {
                        model.coreBusy(tile, slot, now, value, ProgramTrace.GC_WAIT, index);
                        engine.schedule(Cycles.of(now + value), this);
                        return;
                    }
                    case OpBuffer.REMOTE -> {
                        long requestBytes = ops.word(pc++);
                        long responseBytes = ops.word(pc++);
                        service = ops.word(pc++);
                        logIndex = (int) ops.word(pc++);
                        issued = now;
                        transport.roundTrip(tile, OpBuffer.tile(value), requestBytes, responseBytes, service, OpBuffer.messageKind(value), this);
                        return;
                    }
                    case OpBuffer.MIGRATE -> {
                        long bytes = ops.word(pc++);
                        int to = OpBuffer.tile(value);
                        release(this);
                        transport.oneWay(tile, to, bytes, OpBuffer.messageKind(value), () -> {
                            model.charge(Category.REMOTE_ACCESS, engine.nowCycle() - now);
                            tile = to;
                            acquire(this);
                        });
                        return;
                    }
                    case OpBuffer.BARRIER -> {
                        release(this);
                        arriveAtBarrier(this);
                        return;
                    }
                    case OpBuffer.SPAWN -> {
                        Runner task = runners[(int) value];
                        if (task.tile == tile) {
                            acquire(task);
                        } else {
                            transport.oneWay(tile, task.tile, model.costs().parallel().spawnBytes() + model.headerBytes(), Transport.Kind.SPAWN, () -> acquire(task));
                        }
                    }
                    case OpBuffer.JOIN -> {
                        if (tasksDone < tasks) {
                            joining = true;
                            release(this);
                            return;
                        }
                    }
                    case OpBuffer.END -> {
                        release(this);
                        if (index < 0) {
                            finished = true;
                            endCycle = now;
                        } else if (tile == parent.tile) {
                            taskDone();
                        } else {
                            transport.oneWay(tile, parent.tile, model.costs().parallel().resultBytes() + model.headerBytes(), Transport.Kind.RESULT,
                                            ParallelRegion.this::taskDone);
                        }
                        return;
                    }
                    default -> throw new IllegalStateException("corrupt operation " + Long.toHexString(word) + " at " + (pc - 1));
                }
            }
        }
    }
}
