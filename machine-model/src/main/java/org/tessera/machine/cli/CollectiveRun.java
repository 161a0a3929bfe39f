package org.tessera.machine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tessera.machine.collective.Algorithm;
import org.tessera.machine.collective.Collective;
import org.tessera.machine.collective.CollectiveRequest;
import org.tessera.machine.collective.CollectiveResult;
import org.tessera.machine.collective.Collectives;
import org.tessera.machine.config.ByteSize;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.stats.CsvReport;
import org.tessera.machine.stats.Decimals;
import org.tessera.machine.stats.JsonReport;
import org.tessera.machine.stats.Summary;
import org.tessera.machine.stats.TopologyLabels;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.topology.Topology;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code tilesim --collective NAME}: one collective over every tile, in place of synthetic traffic,
 * reported as how long it took and what the network saw; its messages can be traced.
 */
final class CollectiveRun {
    private final Tilesim options;

    CollectiveRun(Tilesim options) {
        this.options = options;
    }

    /** The collective of a name such as {@code all-reduce}, {@code allreduce} or {@code ALL_REDUCE}. */
    static Collective collective(String name) {
        for (Collective c : Collective.values()) {
            if (squash(c.name()).equals(squash(name))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown collective '" + name + "'; choose one of "
                        + Arrays.stream(Collective.values()).map(Collective::displayName).collect(Collectors.joining(", ")));
    }

    /** The algorithm of a name such as {@code recursive-doubling}. */
    static Algorithm algorithm(String name) {
        for (Algorithm a : Algorithm.values()) {
            if (squash(a.name()).equals(squash(name))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + name + "'; choose one of "
                        + Arrays.stream(Algorithm.values()).map(Algorithm::displayName).collect(Collectors.joining(", ")));
    }

    private static String squash(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    int run(MachineConfig machine, PrintWriter out, PrintWriter err) throws IOException {
        Collective op = options.usage(() -> collective(options.collective));
        Algorithm algorithm = options.algorithm != null ? options.usage(() -> algorithm(options.algorithm))
                        : op.algorithms().contains(Algorithm.RING) ? Algorithm.RING : Algorithm.TREE;
        if (op != Collective.BARRIER && options.collectiveBytes == null) {
            throw options.usageError("--collective " + op.displayName() + " needs --bytes SIZE, e.g. --bytes 64KiB");
        }
        long bytes = op == Collective.BARRIER && options.collectiveBytes == null ? 0 : options.collectiveBytes;
        Engine engine = new Engine();
        Network network = Network.create(machine, engine);
        Topology topology = network.topology();
        CollectiveRequest request = options.usage(() -> CollectiveRequest.of(op, algorithm, bytes, topology.tiles()));
        Tiles tiles = new Tiles(machine, engine);
        Tracing tracing = new Tracing(options, machine, topology);
        tracing.attach(network);
        CollectiveResult result = new Collectives(network, machine, tiles).run(request);
        Summary summary = Summary.of(network.statistics(), new TopologyLabels(topology));
        double micros = machine.tiles().clock().micros(result.duration());
        String what = op.displayName() + " (" + algorithm.displayName() + "), " + ByteSize.format(bytes) + " over " + topology.tiles() + " ranks";
        if (options.json) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("tool", "tilesim");
            root.set("machine", JsonReport.machine(machine.name(), topology.describe(), topology.tiles(), topology.routers(),
                            machine.tiles().clock().megahertz()));
            ObjectNode c = root.putObject("collective");
            c.put("name", op.displayName());
            c.put("algorithm", algorithm.displayName());
            c.put("bytes", bytes);
            c.put("ranks", topology.tiles());
            c.put("start_cycle", result.start().count());
            c.put("end_cycle", result.end().count());
            c.put("cycles", result.duration().count());
            c.put("microseconds", Decimals.of(micros));
            c.put("messages", result.messages());
            c.put("bytes_sent", result.bytesSent());
            root.set("network", JsonReport.summary(summary));
            out.print(JsonReport.text(root));
        } else {
            out.printf(Locale.ROOT, "tilesim: %s (%s, %d tiles, %s MHz)%n", machine.name(), topology.describe(), topology.tiles(),
                            Decimals.format(machine.tiles().clock().megahertz()));
            out.println("collective: " + what);
            out.println();
            out.printf(Locale.ROOT, "completed in %d cycles (%s µs); %d messages, %s sent%n", result.duration().count(), Decimals.format(micros),
                            result.messages(), ByteSize.format(result.bytesSent()));
            out.printf(Locale.ROOT, "packets: %d, latency mean %s, p50 %d, p99 %d cycles%n", summary.packets(), Decimals.format(summary.latencyMean()),
                            summary.latencyP50(), summary.latencyP99());
            if (summary.busiestLink() != null) {
                out.printf(Locale.ROOT, "links: utilisation mean %s, max %s (%s → %s)%n", Decimals.format(summary.linkUtilisationMean()),
                                Decimals.format(summary.linkUtilisationMax()), summary.busiestLink().from(), summary.busiestLink().to());
            }
        }
        if (options.csvDirectory != null) {
            try (CsvReport csv = new CsvReport(options.csvDirectory, new TopologyLabels(topology), tiles::busyCycles, "collective")) {
                csv.addDetail(op.displayName(), network.statistics());
            }
        }
        if (options.plotDirectory != null) {
            options.writeHeatmap(network, machine, "link-load-" + op.displayName() + ".png", "Link load: " + machine.name() + ", " + what);
        }
        tracing.write(err);
        return 0;
    }
}
