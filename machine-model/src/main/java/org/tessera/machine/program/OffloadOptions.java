package org.tessera.machine.program;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import org.tessera.machine.config.YamlNodes;

/**
 * The host, the link and the offload policy of a run (machine-model/PROGRAM.md, "Host and
 * accelerator").
 *
 * @param mode              who runs what ({@link Offload})
 * @param threshold         {@link Offload#FINE}: calls of a function on the host after which its
 *                          later calls are offloaded
 * @param hostClockMhz      the host core's clock
 * @param hostSpeedup       cost-table cycles the host retires per host cycle: how much more an
 *                          out-of-order core does per cycle than the in-order tile core the cost
 *                          tables describe
 * @param hostCosts         the host interpreter's cost table (cycles of the tile core; divided by
 *                          {@code hostSpeedup} on the host)
 * @param linkLatencyPicos  the link's latency, per transfer
 * @param linkBytesPerSecond the link's bandwidth in each direction
 */
public record OffloadOptions(Offload mode, long threshold, double hostClockMhz, double hostSpeedup, CostTable hostCosts, long linkLatencyPicos,
                long linkBytesPerSecond) {

    /**
     * Calls before a function is offloaded: Truffle's single-tier compilation threshold, the call
     * count at which a runtime already judges a function worth an investment (REFERENCES.md §4).
     */
    public static final long DEFAULT_THRESHOLD = 1000;
    /** The host the speed-up was measured on: this project's AMD EPYC machines, 2,596 MHz by /proc/cpuinfo. */
    public static final double DEFAULT_HOST_CLOCK_MHZ = 2600;
    /**
     * Measured: CPython 3.11 on that host takes 0.080 ns per cpython-like cycle (geometric mean of
     * six benchmarks at their smoke sizes, best of 15 iterations; experiments/studies/_offload_calibrate.py),
     * i.e. 1 / (0.080 ns × 2.6 GHz) = 4.8 cost-table cycles per host cycle.
     */
    public static final double DEFAULT_HOST_SPEEDUP = 4.8;
    /**
     * Half of a PCIe round trip between a CPU and a device, ≈ 1 µs in published measurements (an FPGA
     * ping over PCIe Gen3: ≈ 850 ns; Neugebauer et al., "Understanding PCIe performance for end host
     * networking", SIGCOMM 2018: 64-byte DMA reads of host memory take about 0.5–1 µs).
     */
    public static final long DEFAULT_LINK_LATENCY_PICOS = 500_000;
    /** PCIe Gen4 ×16 in each direction: 16 GT/s × 16 lanes × 128/130 ÷ 8 = 31.5 GB/s (Gen5 ×16: 63 GB/s). */
    public static final long DEFAULT_LINK_BYTES_PER_SECOND = 31_500_000_000L;

    public OffloadOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(hostCosts, "hostCosts");
        if (threshold < 0) {
            throw new IllegalArgumentException("an offload threshold cannot be negative: " + threshold);
        }
        if (!(hostClockMhz > 0) || Double.isInfinite(hostClockMhz)) {
            throw new IllegalArgumentException("the host clock must be a positive number of MHz: " + hostClockMhz);
        }
        if (!(hostSpeedup > 0) || Double.isInfinite(hostSpeedup)) {
            throw new IllegalArgumentException("the host speed-up must be a positive number: " + hostSpeedup);
        }
        if (linkLatencyPicos < 0 || linkBytesPerSecond <= 0) {
            throw new IllegalArgumentException("a link needs a latency of at least 0 and a positive bandwidth");
        }
    }

    /** The defaults with {@code mode}. */
    public static OffloadOptions of(Offload mode, CostTable hostCosts) {
        return new OffloadOptions(mode, DEFAULT_THRESHOLD, DEFAULT_HOST_CLOCK_MHZ, DEFAULT_HOST_SPEEDUP, hostCosts, DEFAULT_LINK_LATENCY_PICOS,
                        DEFAULT_LINK_BYTES_PER_SECOND);
    }

    public OffloadOptions withLink(long latencyPicos, long bytesPerSecond) {
        return new OffloadOptions(mode, threshold, hostClockMhz, hostSpeedup, hostCosts, latencyPicos, bytesPerSecond);
    }

    public OffloadOptions withThreshold(long calls) {
        return new OffloadOptions(mode, calls, hostClockMhz, hostSpeedup, hostCosts, linkLatencyPicos, linkBytesPerSecond);
    }

    public OffloadOptions withHost(double clockMhz, double speedup) {
        return new OffloadOptions(mode, threshold, clockMhz, speedup, hostCosts, linkLatencyPicos, linkBytesPerSecond);
    }

    /**
     * A latency: a number with a unit ({@code ps}, {@code ns}, {@code us} or {@code µs}, {@code ms});
     * a bare number is nanoseconds. In picoseconds.
     */
    public static long parseLatency(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        String[][] units = {{"ps", "1"}, {"ns", "1000"}, {"us", "1000000"}, {"µs", "1000000"}, {"ms", "1000000000"}};
        long scale = 1000;
        for (String[] u : units) {
            if (t.endsWith(u[0])) {
                t = t.substring(0, t.length() - u[0].length()).trim();
                scale = Long.parseLong(u[1]);
                break;
            }
        }
        long picos = exact(t, scale, text, "a latency such as 500ns, 0.5us or 2µs (a bare number is nanoseconds)");
        if (picos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative, got '" + YamlNodes.shown(String.valueOf(text)) + "'");
        }
        return picos;
    }

    /** A bandwidth: a number with a unit ({@code B/s}, {@code KB/s}, {@code MB/s}, {@code GB/s}, decimal); a bare number is bytes per second. */
    public static long parseBandwidth(String text) {
        String t = text == null ? "" : text.trim();
        String[][] units = {{"GB/s", "1000000000"}, {"MB/s", "1000000"}, {"KB/s", "1000"}, {"kB/s", "1000"}, {"B/s", "1"}};
        long scale = 1;
        for (String[] u : units) {
            if (t.endsWith(u[0])) {
                t = t.substring(0, t.length() - u[0].length()).trim();
                scale = Long.parseLong(u[1]);
                break;
            }
        }
        long bytes = exact(t, scale, text, "a bandwidth such as 16GB/s or 31.5GB/s (a bare number is bytes per second)");
        if (bytes <= 0) {
            throw new IllegalArgumentException("a bandwidth must be positive, got '" + YamlNodes.shown(String.valueOf(text)) + "'");
        }
        return bytes;
    }

    /** {@code number × scale} as a whole number, or an error saying what was expected. */
    private static long exact(String number, long scale, String text, String expected) {
        try {
            return new BigDecimal(number).multiply(BigDecimal.valueOf(scale)).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("expected " + expected + ", got '" + YamlNodes.shown(String.valueOf(text)) + "'");
        }
    }
}
