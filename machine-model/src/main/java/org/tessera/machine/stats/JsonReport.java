package org.tessera.machine.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A load sweep as JSON: the setup, then one object per load point with its latency (and a coarse
 * histogram: packet counts in equal bins of {@code bin_width} cycles starting at {@code from}),
 * throughput, occupancy and utilisation. Per-link, per-router and per-tile detail goes
 * to CSV ({@link CsvReport}), where a million-tile machine's rows belong.
 *
 * <p>Deterministic bytes: fields in a fixed order, numbers through {@link Decimals}, objects indented
 * by two spaces, arrays of numbers on one line, {@code \n} line ends on every platform, and no
 * wall-clock time.
 */
public final class JsonReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = writer();

    private JsonReport() {
    }

    private static ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        return new ObjectMapper().writer(printer).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** The document for {@code sweep}. */
    public static ObjectNode of(LoadSweep sweep) {
        LoadSweep.Setup s = sweep.setup();
        ObjectNode root = NODES.objectNode();
        root.put("tool", "tilesim");
        root.set("machine", machine(s.config(), s.topology(), s.tiles(), s.routers(), s.clockMhz()));
        ObjectNode traffic = root.putObject("traffic");
        traffic.put("pattern", s.pattern());
        traffic.put("packet_flits", s.packetFlits());
        traffic.put("packet_bytes", s.packetBytes());
        traffic.put("seed", s.seed());
        traffic.put("warmup_cycles", s.warmupCycles());
        traffic.put("measure_cycles", s.measureCycles());
        traffic.put("drain_limit_cycles", s.drainLimitCycles());
        root.put("capacity", Decimals.of(s.capacity()));
        ArrayNode points = root.putArray("points");
        for (LoadPoint p : sweep.points()) {
            points.add(point(p));
        }
        return root;
    }

    private static ObjectNode point(LoadPoint p) {
        ObjectNode point = NODES.objectNode();
        point.put("offered", Decimals.of(p.offered()));
        point.put("saturated", p.saturated());
        point.put("end_cycle", p.endCycle());
        point.setAll(summary(p.summary()));
        return point;
    }

    /** The fields of a {@link Summary}, for a load point or any other measured run. */
    public static ObjectNode summary(Summary s) {
        ObjectNode node = NODES.objectNode();
        node.put("window_cycles", s.windowCycles());
        node.put("packets_generated", s.packetsGenerated());
        node.put("packets", s.packets());
        node.put("injected", Decimals.of(s.injected()));
        node.put("accepted", Decimals.of(s.accepted()));
        ObjectNode latency = node.putObject("latency");
        latency.put("mean", Decimals.of(s.latencyMean()));
        putCount(latency, "p50", s.latencyP50());
        putCount(latency, "p99", s.latencyP99());
        putCount(latency, "max", s.latencyMax());
        latency.put("network_mean", Decimals.of(s.networkLatencyMean()));
        List<Summary.Bin> bins = s.latencyHistogram();
        if (bins.isEmpty()) {
            latency.putNull("histogram");
        } else {
            ObjectNode histogram = latency.putObject("histogram");
            histogram.put("from", bins.get(0).from());
            histogram.put("bin_width", bins.get(0).to() - bins.get(0).from());
            ArrayNode packets = histogram.putArray("packets");
            for (Summary.Bin b : bins) {
                packets.add(b.packets());
            }
        }
        node.put("hops_mean", Decimals.of(s.hopsMean()));
        ObjectNode occupancy = node.putObject("occupancy");
        occupancy.put("buffered_flits_mean", Decimals.of(s.bufferedFlitsMean()));
        occupancy.put("buffered_flits_max", s.bufferedFlitsMax());
        occupancy.put("queued_packets_mean", Decimals.of(s.queuedPacketsMean()));
        occupancy.put("queued_packets_max", s.queuedPacketsMax());
        ObjectNode utilisation = node.putObject("utilisation");
        utilisation.put("link_mean", Decimals.of(s.linkUtilisationMean()));
        utilisation.put("link_max", Decimals.of(s.linkUtilisationMax()));
        Summary.Link busiest = s.busiestLink();
        if (busiest == null) {
            utilisation.putNull("busiest_link");
        } else {
            ObjectNode link = utilisation.putObject("busiest_link");
            link.put("router", busiest.router());
            link.put("port", busiest.port());
            link.put("from", busiest.from());
            link.put("to", busiest.to());
            link.put("flits", busiest.flits());
        }
        utilisation.put("router_mean", Decimals.of(s.routerUtilisationMean()));
        utilisation.put("router_max", Decimals.of(s.routerUtilisationMax()));
        utilisation.put("interface_mean", Decimals.of(s.interfaceUtilisation()));
        return node;
    }

    /** The {@code machine} object: what ran the traffic. */
    public static ObjectNode machine(String config, String topology, int tiles, int routers, double clockMhz) {
        ObjectNode machine = NODES.objectNode();
        machine.put("config", config);
        machine.put("topology", topology);
        machine.put("tiles", tiles);
        machine.put("routers", routers);
        machine.put("clock_mhz", Decimals.of(clockMhz));
        return machine;
    }

    /** A latency of -1 means "no samples". */
    private static void putCount(ObjectNode node, String name, long value) {
        if (value < 0) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    /** {@code node} as indented text ending in a newline. */
    public static String text(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(LoadSweep sweep, Path file) throws IOException {
        Files.writeString(file, text(of(sweep)), StandardCharsets.UTF_8);
    }
}
