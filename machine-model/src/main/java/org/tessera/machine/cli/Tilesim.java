package org.tessera.machine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.Presets;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.CircuitStatistics;
import org.tessera.machine.network.Network;
import org.tessera.machine.network.NetworkDeadlockException;
import org.tessera.machine.plot.LinkHeatmap;
import org.tessera.machine.plot.LoadCharts;
import org.tessera.machine.stats.CsvReport;
import org.tessera.machine.stats.Decimals;
import org.tessera.machine.stats.JsonReport;
import org.tessera.machine.stats.LoadPoint;
import org.tessera.machine.stats.LoadSweep;
import org.tessera.machine.stats.Summary;
import org.tessera.machine.stats.TopologyLabels;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.trace.TraceOptions;
import org.tessera.machine.traffic.OpenLoop;
import org.tessera.machine.traffic.TrafficPattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code tilesim} command: open-loop synthetic traffic on a modelled machine, one load point per
 * offered rate (warm-up, measurement window, drain; {@link OpenLoop}) — or one collective
 * ({@link CollectiveRun}) — reported as a table or JSON and optionally as CSV files, PNG plots and a
 * Perfetto trace.
 *
 * <p>Exit codes: 0 done; 2 bad options or config (one line on stderr saying what); 1 the network
 * deadlocked, an output could not be written, or an internal error. Never a stack trace, unless
 * {@code TILESIM_DEBUG=1} asks for one.
 */
@Command(name = "tilesim", mixinStandardHelpOptions = true, versionProvider = Tilesim.Version.class, sortOptions = false, abbreviateSynopsis = true,
                usageHelpAutoWidth = true, description = {"Runs open-loop synthetic traffic on a modelled tile machine and reports packet latency and "
                                + "accepted throughput at each offered load; or runs one collective and reports how long it took.", ""},
                footer = {"", "Rates are flits per tile per cycle. Each load point runs a fifth of --cycles as warm-up, measures the rest, and "
                                + "lets the measured packets drain for up to --cycles more (at least 1000); a point whose packets do not drain, or whose "
                                + "sources fall behind, is saturated.", "",
                                "With network.switching: hybrid in the config, flows that send often get circuits (set up by a probe and an "
                                + "acknowledgement through the packet network; then no router pipeline or arbitration): each load point also reports "
                                + "the share of packets on circuits and the set-ups; see machine-model/CONFIG.md. --algorithm in-network reduces and "
                                + "broadcasts in the routers (a combining tree along the routes to the root; collective.combine_cycles per combine).",
                                "", "Examples:",
                                "  tilesim --config mesh-8x8 --rate 0.05:0.6:0.05 --cycles 20000",
                                "  tilesim --config torus-16x16 --pattern tornado --rate 0.1,0.2 --json",
                                "  tilesim --rate 0.3 --csv out --plot out --trace out/trace.json",
                                "  tilesim --config torus-16x16 --collective all-reduce --bytes 1M --algorithm ring",
                                "  tilesim --config torus-16x16 --collective all-reduce --bytes 8 --algorithm in-network"})
public final class Tilesim implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "NAME|FILE", defaultValue = "mesh-8x8",
                    description = "a preset (see --list-presets) or a YAML config file (default: ${DEFAULT-VALUE})")
    String config;

    @Option(names = "--list-presets", description = "list the presets and exit")
    boolean listPresets;

    @Option(names = "--pattern", paramLabel = "PATTERN", defaultValue = "uniform",
                    description = "uniform, transpose, bit-complement, bit-reverse, shuffle, tornado, hotspot[:F[@T]] (fraction F to tile T) "
                                    + "or neighbour (default: ${DEFAULT-VALUE})")
    String pattern;

    @Option(names = "--rate", paramLabel = "RATES", defaultValue = "0.05:0.5:0.05", converter = Rates.Converter.class,
                    description = "offered load in flits/tile/cycle: R, R1,R2,... or FROM:TO:STEP (default: ${DEFAULT-VALUE})")
    Rates rates;

    @Option(names = "--packet-bytes", paramLabel = "SIZE", converter = Sizes.class,
                    description = "packet size, e.g. 32 or 1K; flits = ⌈SIZE / flit_bytes⌉ (default: the config's max_packet_bytes)")
    Long packetBytes;

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "20000", description = "cycles per load point, warm-up included (default: ${DEFAULT-VALUE})")
    long cycles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed; the same seed gives the same results (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--speed", description = "report the simulator's own speed on stderr: flit-hops simulated per wall-clock second")
    boolean speed;

    @Option(names = "--json", description = "print the results as JSON instead of a table")
    boolean json;

    @Option(names = "--csv", paramLabel = "DIR", description = "write sweep, latency-histogram, link, router and tile CSV files into DIR")
    Path csvDirectory;

    @Option(names = "--plot", paramLabel = "DIR", description = "write latency.png, throughput.png and a link-load map per load point into DIR")
    Path plotDirectory;

    @Option(names = "--trace", paramLabel = "FILE", description = "write a Perfetto trace (JSON) of the messages of the collective, or of the first load point")
    Path traceFile;

    @Option(names = "--trace-window", paramLabel = "FROM:TO", converter = CycleWindow.Converter.class,
                    description = "trace only messages injected in cycles [FROM, TO) (default: all)")
    CycleWindow traceWindow;

    @Option(names = "--trace-max-events", paramLabel = "N", defaultValue = "" + TraceOptions.DEFAULT_MAX_EVENTS,
                    description = "at most N trace events; more are thinned to every k-th message (default: ${DEFAULT-VALUE})")
    int traceMaxEvents;

    @Option(names = "--collective", paramLabel = "NAME", description = "run this collective over every tile instead of synthetic traffic: barrier, broadcast, reduce, "
                                    + "all-reduce, scatter, gather, all-gather or reduce-scatter")
    String collective;

    @Option(names = "--bytes", paramLabel = "SIZE", converter = Sizes.class, description = "the collective's vector size, e.g. 64KiB or 1M")
    Long collectiveBytes;

    @Option(names = "--algorithm", paramLabel = "ALGORITHM", description = "the collective's algorithm: ring, tree, recursive-doubling, rabenseifner, or in-network (reduce, all-reduce and "
                                    + "broadcast combined and forked in the routers) (default: ring where the collective has one, else tree)")
    String algorithm;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command as {@code main} does, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine command = new CommandLine(new Tilesim());
        command.setOut(out);
        command.setErr(err);
        command.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("tilesim: " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, w);
            w.println("Usage: tilesim [OPTIONS] (tilesim --help lists them)");
            w.flush();
            return ExitCode.USAGE;
        });
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter w = cmd.getErr();
            w.println("tilesim: internal error: " + e + (debug() ? "" : " (TILESIM_DEBUG=1 shows where)"));
            if (debug()) {
                e.printStackTrace(w);
            }
            w.flush();
            return ExitCode.SOFTWARE;
        });
        return command.execute(args);
    }

    private static boolean debug() {
        return "1".equals(System.getenv("TILESIM_DEBUG"));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (listPresets) {
                for (String name : Presets.names()) {
                    MachineConfig c = Presets.load(name);
                    out.printf("%-18s %,10d tiles  %s%n", name, c.topology().tileCount(), Topology.of(c.topology()).describe());
                }
                return ExitCode.OK;
            }
            checkCombinations();
            MachineConfig machine = Presets.resolve(config);
            return collective != null ? new CollectiveRun(this).run(machine, out, err) : runSweep(machine, out, err);
        } catch (NetworkDeadlockException e) {
            err.println("tilesim: the network deadlocked: " + e.getMessage());
            return ExitCode.SOFTWARE;
        } catch (ConfigException e) {
            err.println("tilesim: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("tilesim: cannot write the results: " + e.getMessage());
            return ExitCode.SOFTWARE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int runSweep(MachineConfig machine, PrintWriter out, PrintWriter err) throws IOException {
        Topology topology = Topology.of(machine.topology());
        TrafficPattern traffic = usage(() -> TrafficPattern.parse(pattern, topology));
        long bytes = packetBytes != null ? packetBytes : machine.network().maxPacketBytes();
        if (bytes < 1 || bytes > machine.network().maxPacketBytes()) {
            throw usageError("--packet-bytes must be 1 to " + machine.network().maxPacketBytes() + " (the config's network.max_packet_bytes), got "
                            + bytes);
        }
        int flits = machine.network().flitsFor(bytes);
        for (double rate : rates.values()) {
            if (rate > flits) {
                throw usageError("--rate " + Decimals.format(rate) + " is more than one " + flits + "-flit packet per tile per cycle");
            }
        }
        if (cycles < 2) {
            throw usageError("--cycles must be at least 2 (a warm-up and a measurement window), got " + cycles);
        }
        OpenLoop.Phases phases = OpenLoop.Phases.of(cycles);
        LoadSweep.Setup setup = new LoadSweep.Setup(machine.name(), topology.describe(), topology.tiles(), topology.routers(),
                        machine.tiles().clock().megahertz(), traffic.name(), flits, bytes, seed, phases.warmupCycles(), phases.measureCycles(),
                        phases.drainLimitCycles(), Capacity.of(traffic.name(), topology));

        TopologyLabels labels = new TopologyLabels(topology);
        Tracing tracing = new Tracing(this, machine, topology);
        if (plotDirectory != null) {
            Files.createDirectories(plotDirectory);
        }
        if (!json) {
            out.print(Tables.heading(setup));
            out.println();
            out.println(Tables.HEADER);
            out.flush();
        }
        List<LoadPoint> points = new ArrayList<>();
        List<CircuitStatistics> circuits = new ArrayList<>();
        long flitHops = 0;
        double seconds = 0;
        Progress progress = new Progress(err, Boolean.getBoolean("tilesim.terminal"), rates.values().length);
        try (CsvReport csv = csvDirectory == null ? null : new CsvReport(csvDirectory, labels, null)) {
            for (int i = 0; i < rates.values().length; i++) {
                double rate = rates.values()[i];
                Engine engine = new Engine();
                Network network = Network.create(machine, engine);
                if (i == 0) {
                    tracing.attach(network);
                }
                progress.follow(engine, i, rate, phases.warmupCycles() + phases.measureCycles() + phases.drainLimitCycles());
                OpenLoop.Result result;
                try {
                    result = OpenLoop.run(network, traffic, rate, flits, phases, seed);
                } catch (NetworkDeadlockException e) {
                    progress.close();
                    err.println("tilesim: the network deadlocked at offered load " + Tables.rate(rate) + ": " + e.getMessage());
                    return ExitCode.SOFTWARE;
                }
                flitHops += result.flitHops();
                seconds += result.seconds();
                LoadPoint point = new LoadPoint(rate, result.saturated(), result.cycles(), Summary.of(network.statistics(), labels));
                points.add(point);
                if (network.isHybrid()) {
                    circuits.add(network.circuitStatistics());
                }
                progress.finished(i, rate);
                if (csv != null) {
                    csv.add(point, network.statistics());
                }
                if (plotDirectory != null) {
                    writeHeatmap(network, machine, "link-load-" + Decimals.format(rate) + ".png",
                                    "Link load: " + machine.name() + ", " + traffic.name() + " at " + Tables.rate(rate) + " flits/tile/cycle");
                }
                if (!json) {
                    progress.close();
                    out.println(Tables.row(point));
                    if (network.isHybrid()) {
                        out.println(Tables.circuits(network.circuitStatistics()));
                    }
                    out.flush();
                }
            }
        } finally {
            progress.close();
        }
        if (speed) {
            // Wall-clock numbers go to stderr only: stdout, JSON and CSV stay byte-identical across runs.
            err.printf("tilesim: simulated %,d flit-hops in %.2f s: %.2f million flit-hops per second%n", flitHops, seconds, flitHops / seconds / 1e6);
        }
        LoadSweep sweep = new LoadSweep(setup, points);
        if (json) {
            ObjectNode document = JsonReport.of(sweep);
            for (int i = 0; i < circuits.size(); i++) {
                ((ObjectNode) document.get("points").get(i)).set("circuits", circuits.get(i).json());
            }
            out.print(JsonReport.text(document));
        }
        if (plotDirectory != null) {
            LoadCharts.write(sweep, plotDirectory);
        }
        tracing.write(err);
        return ExitCode.OK;
    }

    /** Options that belong to the other kind of run, or that need another option, are usage errors. */
    private void checkCombinations() {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (traceFile == null && (traceWindow != null || given.hasMatchedOption("--trace-max-events"))) {
            throw usageError("--trace-window and --trace-max-events need --trace FILE");
        }
        if (collective == null && (collectiveBytes != null || algorithm != null)) {
            throw usageError("--bytes and --algorithm need --collective NAME");
        }
        if (collective != null) {
            for (String synthetic : List.of("--pattern", "--rate", "--packet-bytes", "--cycles", "--seed")) {
                if (given.hasMatchedOption(synthetic)) {
                    throw usageError(synthetic + " is for synthetic traffic, not for --collective");
                }
            }
        }
    }

    void writeHeatmap(Network network, MachineConfig machine, String file, String title) throws IOException {
        Files.createDirectories(plotDirectory);
        LinkHeatmap.write(plotDirectory.resolve(file), network.topology(), network.statistics(), title);
    }

    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Runs {@code step}, turning the model's IllegalArgumentException about a user's input into a usage error. */
    <T> T usage(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    /** The version of the module, as the build stamped it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Tilesim.class.getModule().getDescriptor() == null ? null
                            : Tilesim.class.getModule().getDescriptor().rawVersion().orElse(null);
            return new String[]{"tilesim " + (version == null ? "(development build)" : version) + " — Tessera tile-machine model"};
        }
    }
}
