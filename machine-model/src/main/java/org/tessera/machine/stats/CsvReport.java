package org.tessera.machine.stats;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tessera.machine.topology.Topology;

/**
 * A load sweep (or another run) as CSV files in one directory. Each detail file has one row per
 * (run, thing), the run named in the first column — a load point by its {@code offered} load — so
 * one file holds the sweep:
 * <ul>
 * <li>{@code sweep.csv} (load sweeps only): per load point, the {@link Summary} (offered,
 * accepted, latency mean, p50, p99, saturated, …);
 * <li>{@code latency_histogram.csv}: per load point, the packets measured at each latency (cycles),
 * exactly, for latencies that occurred;
 * <li>{@code links.csv}: per wired output port, router and port numbers, {@code from} and
 * {@code to} labels, kind ({@code link} or {@code ejection}), flits and utilisation;
 * <li>{@code routers.csv}: per router, its plot position, wired ports, flits switched and
 * utilisation (flits per wired port per cycle);
 * <li>{@code tiles.csv}: per tile, flits injected and ejected, the interface's idle cycles and
 * utilisation, and with a {@link ComputeActivity} the core's busy and idle cycles.
 * </ul>
 * Rows come in index order and numbers through {@link Decimals}, so files are byte-identical for
 * the same run. Labels are quoted where they hold commas, as RFC 4180 has it; lines end in {@code \n}.
 */
public final class CsvReport implements Closeable {
    private final Path directory;
    private final TopologyLabels labels;
    private final ComputeActivity compute;
    private final BufferedWriter histogram;
    private final BufferedWriter links;
    private final BufferedWriter routers;
    private final BufferedWriter tiles;
    private final List<LoadPoint> points = new ArrayList<>();

    /** The files of a load sweep, whose rows are keyed by the offered load. */
    public CsvReport(Path directory, TopologyLabels labels, ComputeActivity compute) throws IOException {
        this(directory, labels, compute, "offered");
    }

    /**
     * Creates {@code directory} if needed and starts the detail files.
     *
     * @param compute   the cores' activity, or null if only the network was modelled
     * @param keyColumn the name of the first column, which says which run a row belongs to
     */
    public CsvReport(Path directory, TopologyLabels labels, ComputeActivity compute, String keyColumn) throws IOException {
        this.directory = directory;
        this.labels = labels;
        this.compute = compute;
        Files.createDirectories(directory);
        histogram = open("latency_histogram.csv", keyColumn + ",latency,packets");
        links = open("links.csv", keyColumn + ",router,port,from,to,kind,flits,utilisation");
        routers = open("routers.csv", keyColumn + ",router,label,x,y,ports,flits,utilisation");
        tiles = open("tiles.csv", keyColumn + ",tile,label,router,injected_flits,ejected_flits,interface_idle_cycles,interface_utilisation"
                        + (compute == null ? "" : ",compute_busy_cycles,compute_idle_cycles"));
    }

    private BufferedWriter open(String name, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }

    /** Adds a load point; {@code stats} is its network's statistics at the end of the run. */
    public void add(LoadPoint point, Statistics stats) throws IOException {
        points.add(point);
        addDetail(Decimals.format(point.offered()), stats);
    }

    /** Adds the histogram, link, router and tile rows of a run, keyed by {@code key}. */
    public void addDetail(String key, Statistics stats) throws IOException {
        String k = quote(key);
        Topology topology = labels.topology();
        long window = stats.windowCycles();
        LatencyHistogram latency = stats.packetLatency();
        if (latency.samples() > 0) {
            for (long[] bin : latency.bins((int) (latency.max() - latency.min() + 1))) {
                if (bin[2] > 0) {
                    row(histogram, k, bin[0], bin[2]);
                }
            }
        }
        for (int r = 0; r < topology.routers(); r++) {
            int connected = 0;
            for (int p = 0; p < topology.ports(); p++) {
                int far = topology.link(r, p);
                if (far == Topology.UNCONNECTED) {
                    continue;
                }
                connected++;
                row(links, k, r, p, quote(labels.router(r)), quote(labels.target(far)), far >= 0 ? "link" : "ejection", stats.linkFlits(r, p),
                                Decimals.format(stats.linkUtilisation(r, p)));
            }
            double[] at = topology.routerPosition(r);
            row(routers, k, r, quote(labels.router(r)), Decimals.format(at[0]), Decimals.format(at[1]), connected, stats.routerFlits(r),
                            Decimals.format(stats.routerUtilisation(r, connected)));
        }
        for (int t = 0; t < topology.tiles(); t++) {
            long busy = stats.injectedFlits(t);
            String tileRow = String.join(",", k, String.valueOf(t), quote(topology.tileLabel(t)), String.valueOf(topology.routerOf(t)),
                            String.valueOf(busy), String.valueOf(stats.ejectedFlits(t)), String.valueOf(Math.max(0, window - busy)),
                            Decimals.format(window == 0 ? 0 : (double) busy / window));
            if (compute != null) {
                long core = compute.busyCycles(t);
                tileRow += "," + core + "," + Math.max(0, window - core);
            }
            tiles.write(tileRow);
            tiles.write('\n');
        }
    }

    /** Writes {@code sweep.csv} if load points were added, and closes the detail files. */
    @Override
    public void close() throws IOException {
        if (points.isEmpty()) {
            histogram.close();
            links.close();
            routers.close();
            tiles.close();
            return;
        }
        try (BufferedWriter w = open("sweep.csv", "offered,injected,accepted,latency_mean,latency_p50,latency_p99,latency_max,network_latency_mean,"
                        + "hops_mean,packets,saturated,buffered_flits_mean,buffered_flits_max,queued_packets_mean,queued_packets_max,"
                        + "link_utilisation_mean,link_utilisation_max,router_utilisation_mean,router_utilisation_max,interface_utilisation")) {
            for (LoadPoint p : points) {
                Summary s = p.summary();
                row(w, Decimals.format(p.offered()), Decimals.format(s.injected()), Decimals.format(s.accepted()), Decimals.format(s.latencyMean()),
                                count(s.latencyP50()), count(s.latencyP99()), count(s.latencyMax()), Decimals.format(s.networkLatencyMean()),
                                Decimals.format(s.hopsMean()), s.packets(), p.saturated(), Decimals.format(s.bufferedFlitsMean()), s.bufferedFlitsMax(),
                                Decimals.format(s.queuedPacketsMean()), s.queuedPacketsMax(), Decimals.format(s.linkUtilisationMean()),
                                Decimals.format(s.linkUtilisationMax()), Decimals.format(s.routerUtilisationMean()), Decimals.format(s.routerUtilisationMax()),
                                Decimals.format(s.interfaceUtilisation()));
            }
        } finally {
            histogram.close();
            links.close();
            routers.close();
            tiles.close();
        }
    }

    /** A latency of -1 means "no samples": an empty field. */
    private static String count(long value) {
        return value < 0 ? "" : String.valueOf(value);
    }

    private static void row(BufferedWriter w, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(String.valueOf(fields[i]));
        }
        w.write('\n');
    }

    /** A field as RFC 4180 wants it: quoted if it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
