package org.tessera.machine.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.tessera.machine.engine.Engine;
import org.tessera.machine.time.Cycles;

/**
 * How far a sweep has got, on stderr: a bar redrawn in place when stderr is a terminal (the
 * {@code tilesim} script says so with {@code -Dtilesim.terminal=true}, as Java cannot tell), and
 * otherwise a plain line at most every {@link #LINE_INTERVAL_NANOS}, so that a short run prints
 * nothing and a CI log gets a few readable lines. Simulated time is followed through engine
 * events every 1% of a load point; they touch no state, so the results do not depend on them.
 */
final class Progress {
    private static final long LINE_INTERVAL_NANOS = 10_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final int points;
    private final long started = System.nanoTime();
    private long lastShown = System.nanoTime();
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, int points) {
        this.err = err;
        this.terminal = terminal;
        this.points = points;
    }

    /** Follows load point {@code index} (from 0) at {@code rate}, which will run at most {@code cycles} cycles. */
    void follow(Engine engine, int index, double rate, long cycles) {
        long step = Math.max(1, cycles / 100);
        tick(engine, index, rate, step, step, cycles);
    }

    private void tick(Engine engine, int index, double rate, long at, long step, long cycles) {
        engine.schedule(Cycles.of(at), () -> {
            show(index + Math.min(0.99, (double) at / cycles), index, rate);
            if (at + step < cycles) {
                tick(engine, index, rate, at + step, step, cycles);
            }
        });
    }

    /** Load point {@code index} has finished. */
    void finished(int index, double rate) {
        show(index + 1, index, rate);
    }

    private void show(double done, int index, double rate) {
        long now = System.nanoTime();
        String what = String.format(Locale.ROOT, "%3d%%  load point %d/%d (offered %s)", (int) (100 * done / points), index + 1, points,
                        Tables.rate(rate));
        if (terminal) {
            if (now - lastShown >= REDRAW_NANOS || !drawn) {
                int filled = (int) Math.round(BAR * done / points);
                err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + what + "\u001b[K");
                err.flush();
                lastShown = now;
                drawn = true;
            }
        } else if (now - lastShown >= LINE_INTERVAL_NANOS) {
            err.println("tilesim: " + what.strip() + ", " + (now - started) / 1_000_000_000L + " s");
            err.flush();
            lastShown = now;
        }
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    void close() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
