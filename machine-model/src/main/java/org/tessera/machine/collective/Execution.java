package org.tessera.machine.collective;

import java.util.Arrays;
import java.util.function.Consumer;

import org.tessera.machine.config.CollectiveConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.DeliveryListener;
import org.tessera.machine.network.Message;
import org.tessera.machine.network.Network;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.time.Cycles;

/**
 * One run of a {@link Schedule} on the machine. Each rank works through its program on its tile:
 *
 * <ul>
 * <li>a send costs {@code collective.message_overhead_cycles} on one of the tile's hardware threads
 * (the software start-up, part of α), then hands a message to the network interface and goes on
 * without waiting for it (the interface's FIFO serialises the rank's messages on its link);</li>
 * <li>a receive waits until that message has arrived, stores or adds its values into the rank's
 * buffer and, when it combines, costs ⌈{@code collective.reduce_cycles_per_byte} × bytes⌉ on a
 * thread (γ).</li>
 * </ul>
 *
 * Messages carry a copy of the sender's values taken when they are sent (or nothing, when the run
 * tracks timing only). A rank is finished at the end of its last step; the run when all are.
 */
final class Execution implements DeliveryListener, Outcome {
    private record Envelope(int message, long[] values) {
    }

    private final Network network;
    private final Engine engine;
    private final Tiles tiles;
    private final Schedule schedule;
    private final int[] tileOf;
    private final long elementBytes;
    private final long overheadCycles;
    private final double reduceCyclesPerByte;
    private final long[][] buffers;
    private final Consumer<Execution> whenDone;

    private final int[] step;
    private final boolean[] waiting;
    private final Envelope[] arrived;
    private final long[] finishCycle;
    private final long startCycle;
    private int finishedRanks;
    private long messages;
    private long bytesSent;

    Execution(Network network, Tiles tiles, CollectiveConfig costs, Schedule schedule, int[] tileOf, long elementBytes, long[][] buffers,
                    Consumer<Execution> whenDone) {
        this.network = network;
        this.engine = network.engine();
        this.tiles = tiles;
        this.schedule = schedule;
        this.tileOf = tileOf;
        this.elementBytes = elementBytes;
        this.overheadCycles = costs.messageOverheadCycles();
        this.reduceCyclesPerByte = costs.reduceCyclesPerByte();
        this.buffers = buffers;
        this.whenDone = whenDone;
        this.step = new int[schedule.ranks];
        this.waiting = new boolean[schedule.ranks];
        this.arrived = new Envelope[schedule.messages];
        this.finishCycle = new long[schedule.ranks];
        this.startCycle = engine.nowCycle();
    }

    /** Starts every rank now, or {@code arrivals[q]} cycles from now. */
    void start(long[] arrivals) {
        for (int q = 0; q < schedule.ranks; q++) {
            int rank = q;
            if (arrivals == null || arrivals[q] == 0) {
                proceed(rank);
            } else {
                engine.schedule(Cycles.of(startCycle + arrivals[q]), () -> proceed(rank));
            }
        }
    }

    /** Runs rank q's program from its current step until it must wait or is finished. */
    private void proceed(int q) {
        int[] program = schedule.programs[q];
        while (step[q] < program.length) {
            int code = program[step[q]];
            int m = Schedule.messageOf(code);
            if (!Schedule.isReceive(code)) {
                if (overheadCycles > 0) {
                    tiles.compute(tileOf[q], overheadCycles, () -> {
                        send(m);
                        step[q]++;
                        proceed(q);
                    });
                    return;
                }
                send(m);
                step[q]++;
            } else {
                Envelope envelope = arrived[m];
                if (envelope == null) {
                    waiting[q] = true;
                    return;
                }
                arrived[m] = null;
                receive(q, m, envelope);
                step[q]++;
                long cost = schedule.combine[m] ? (long) Math.ceil(reduceCyclesPerByte * bytes(m)) : 0;
                if (cost > 0) {
                    tiles.compute(tileOf[q], cost, () -> proceed(q));
                    return;
                }
            }
        }
        finishCycle[q] = engine.nowCycle();
        if (++finishedRanks == schedule.ranks) {
            whenDone.accept(this);
        }
    }

    private long bytes(int m) {
        return (schedule.hi[m] - schedule.lo[m]) * elementBytes;
    }

    private void send(int m) {
        int from = schedule.from[m];
        long[] values = buffers == null ? null : Arrays.copyOfRange(buffers[from], (int) schedule.lo[m], (int) schedule.hi[m]);
        long bytes = bytes(m);
        network.send(tileOf[from], tileOf[schedule.to[m]], bytes, new Envelope(m, values), this);
        messages++;
        bytesSent += bytes;
    }

    private void receive(int q, int m, Envelope envelope) {
        if (buffers == null) {
            return;
        }
        long[] buffer = buffers[q];
        int lo = (int) schedule.lo[m];
        long[] values = envelope.values();
        if (schedule.combine[m]) {
            for (int i = 0; i < values.length; i++) {
                buffer[lo + i] += values[i];
            }
        } else {
            System.arraycopy(values, 0, buffer, lo, values.length);
        }
    }

    @Override
    public void delivered(Message message) {
        Envelope envelope = (Envelope) message.payload();
        int m = envelope.message();
        int q = schedule.to[m];
        arrived[m] = envelope;
        if (waiting[q] && schedule.programs[q][step[q]] == (m << 1 | 1)) {
            waiting[q] = false;
            proceed(q);
        }
    }

    @Override
    public long startCycle() {
        return startCycle;
    }

    @Override
    public long finishCycle(int q) {
        return finishCycle[q];
    }

    @Override
    public long messages() {
        return messages;
    }

    @Override
    public long bytesSent() {
        return bytesSent;
    }
}
