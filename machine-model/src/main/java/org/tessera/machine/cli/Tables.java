package org.tessera.machine.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.tessera.machine.config.ByteSize;
import org.tessera.machine.network.CircuitStatistics;
import org.tessera.machine.stats.LoadPoint;
import org.tessera.machine.stats.LoadSweep;
import org.tessera.machine.stats.Summary;

/** The text {@code tilesim} prints: a heading that says what ran, then one row per load point. */
final class Tables {
    private Tables() {
    }

    static final String HEADER = String.format(Locale.ROOT, "%9s %9s %13s %6s %6s  %s", "offered", "accepted", "latency mean", "p50", "p99", "saturated");

    static String heading(LoadSweep.Setup s) {
        StringBuilder b = new StringBuilder();
        b.append("tilesim: ").append(s.config()).append(" (").append(s.topology()).append(", ").append(s.tiles()).append(" tiles, ")
                        .append(number(s.clockMhz())).append(" MHz)\n");
        b.append("traffic: ").append(s.pattern()).append(", ").append(s.packetFlits()).append("-flit packets (").append(ByteSize.format(s.packetBytes()))
                        .append("), seed ").append(s.seed()).append("; per load point ").append(s.warmupCycles()).append(" warm-up + ")
                        .append(s.measureCycles()).append(" measured cycles, drain ≤ ").append(s.drainLimitCycles()).append('\n');
        if (!Double.isNaN(s.capacity())) {
            b.append("capacity: ").append(number(s.capacity())).append(" flits/tile/cycle (uniform traffic, channel-load bound)\n");
        }
        return b.toString();
    }

    static String row(LoadPoint p) {
        Summary s = p.summary();
        return String.format(Locale.ROOT, "%9s %9s %13s %6s %6s  %s", rate(p.offered()), throughput(s.accepted()),
                        Double.isNaN(s.latencyMean()) ? "-" : String.format(Locale.ROOT, "%.1f", s.latencyMean()), count(s.latencyP50()),
                        count(s.latencyP99()), p.saturated() ? "yes" : "no");
    }

    /** Under a load point's row on a hybrid-switched network: what the circuits carried over the whole run (warm-up and drain too). */
    static String circuits(CircuitStatistics c) {
        return String.format(Locale.ROOT, "          circuits: %.1f%% of %d packets, latency mean %.1f (%.1f on circuits); set-ups %d, %d failed, mean %.1f cycles",
                        100 * c.circuitShare(), c.messages(), c.meanLatency(), c.meanCircuitLatency(), c.setups(), c.failed(), c.meanSetupCycles());
    }

    /** An offered load as given: at least three decimals, more if it has them ({@code 0.050}, {@code 0.0125}). */
    static String rate(double rate) {
        String plain = String.format(Locale.ROOT, "%.3f", rate);
        return Double.parseDouble(plain) == rate ? plain : String.valueOf(rate);
    }

    /** Three decimals, or three significant digits below 0.1 ({@code 0.300}, {@code 0.000987}). */
    static String throughput(double value) {
        if (value == 0 || value >= 0.1) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
        return new BigDecimal(value).round(new MathContext(3)).toPlainString();
    }

    private static String count(long value) {
        return value < 0 ? "-" : String.valueOf(value);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
