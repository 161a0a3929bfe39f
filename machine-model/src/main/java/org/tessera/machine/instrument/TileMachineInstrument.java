package org.tessera.machine.instrument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionType;
import org.graalvm.options.OptionValues;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.Presets;
import org.tessera.machine.program.CostTable;
import org.tessera.machine.program.Execution;
import org.tessera.machine.program.GcMode;
import org.tessera.machine.program.Placement;
import org.tessera.machine.program.ProgramModel;
import org.tessera.machine.program.ProgramOptions;
import org.tessera.machine.program.ProgramTrace;
import org.tessera.machine.program.Summary;
import org.tessera.machine.trace.TraceOptions;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.instrumentation.ContextsListener;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.nodes.LanguageInfo;

/**
 * {@code --tilemachine}: runs the program for real and, as it runs, maps it onto the modelled tile
 * machine — every execution event is charged to an overhead category on the tile running it,
 * objects live in tiles' SRAM, remote accesses become messages through the network, tiles collect
 * garbage when their heap fills — and reports what the run cost there.
 *
 * <p>It sees the language only through Truffle: standard tags and the tags the language declares
 * (found by identifier with {@code Tag.findProvidedTag}), allocation events, scopes and interop.
 */
@TruffleInstrument.Registration(id = TileMachineInstrument.ID, name = "Tile machine", version = "0.1", services = IntSupplier.class,
                website = "https://github.com/tessera/tessera")
public final class TileMachineInstrument extends TruffleInstrument {
    public static final String ID = "tilemachine";

    // Config and Costs are validated when given (a bad one is a one-line option error before the
    // program starts) but kept as text, so loading this class parses no YAML: the launcher reads
    // every instrument's options at start-up, and --tilemachine is usually off.
    private static final OptionType<String> CONFIG_TYPE = new OptionType<>("preset|file", spec -> {
        machine(spec);
        return spec;
    });
    private static final OptionType<String> COSTS_TYPE = new OptionType<>("preset|file", spec -> {
        costs(spec);
        return spec;
    });
    private static final OptionType<Placement> PLACEMENT_TYPE = new OptionType<>("local|round-robin|hash|first-touch|affinity", org.tessera.machine.program.Placement::parse);
    private static final OptionType<Execution> EXECUTION_TYPE = new OptionType<>("home|migrate-to-data", org.tessera.machine.program.Execution::parse);
    private static final OptionType<GcMode> GC_TYPE = new OptionType<>("software|hardware", GcMode::parse);

    @Option(name = "", help = "Run the program on the modelled tile machine and report what it cost there.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE) //
    static final OptionKey<Boolean> ENABLED = new OptionKey<>(false);

    @Option(help = "The machine: a preset (mesh-8x8, epiphany-8x8, torus-16x16, hypercube-1024, fat-tree, ipu-1472, wafer-1024x1024) or a YAML file.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<preset|file>") //
    static final OptionKey<String> Config = new OptionKey<>("mesh-8x8", CONFIG_TYPE);

    @Option(help = "Where objects live: local, round-robin, hash, first-touch or affinity.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "local|round-robin|hash|first-touch|affinity") //
    static final OptionKey<Placement> Placement = new OptionKey<>(org.tessera.machine.program.Placement.LOCAL, PLACEMENT_TYPE);

    @Option(help = "Where calls run: home (the caller's tile) or migrate-to-data (the receiver's tile when cheaper).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "home|migrate-to-data") //
    static final OptionKey<Execution> Execution = new OptionKey<>(org.tessera.machine.program.Execution.HOME, EXECUTION_TYPE);

    @Option(help = "The collector of each tile: software (stops the tile) or hardware (a tracing unit, after Maas et al. 2018).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "software|hardware") //
    static final OptionKey<GcMode> GC = new OptionKey<>(GcMode.SOFTWARE, GC_TYPE);

    @Option(help = "Cycles per event and category: a preset (cpython-like, truffle-interpreter, compiled, ...) or a YAML file.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<preset|file>") //
    static final OptionKey<String> Costs = new OptionKey<>("cpython-like", COSTS_TYPE);

    @Option(help = "Write CSV, JSON, PNG plots and report.html to this directory.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<dir>") //
    static final OptionKey<String> Report = new OptionKey<>("");

    @Option(help = "Write a Perfetto/Chrome trace (one track per tile) to this file.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<file>") //
    static final OptionKey<String> Trace = new OptionKey<>("");

    @Option(help = "Use only the first N tiles of the machine for the program (0: all of them).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<count>") //
    static final OptionKey<Integer> Tiles = new OptionKey<>(0, new OptionType<>("count", TileMachineInstrument::tileCount));

    @Option(help = "Seed of the model's randomness (hash placement).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<integer>") //
    static final OptionKey<Long> Seed = new OptionKey<>(1L);

    private ProgramModel model;
    private Summary summary;
    private ProgramTrace trace;
    private ProgramEvents events;
    private PrintStream err;
    private String reportDir;
    private String traceFile;

    private static MachineConfig machine(String spec) {
        try {
            return Presets.resolve(spec);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Integer tileCount(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("expected a number of tiles (0 for all of them), got '" + text + "'");
    }

    private static CostTable costs(String spec) {
        try {
            return CostTable.load(spec);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new TileMachineInstrumentOptionDescriptors();
    }

    @Override
    protected void onCreate(Env env) {
        OptionValues options = env.getOptions();
        boolean enabled = options.get(ENABLED);
        if (!enabled) {
            env.registerService((IntSupplier) () -> 1);
            return;
        }
        MachineConfig machine = machine(options.get(Config));
        int tiles = options.get(Tiles);
        err = new PrintStream(env.err(), true);
        if (tiles > machine.tileCount()) {
            err.println("tilemachine: --tilemachine.Tiles=" + tiles + " is more than the " + machine.tileCount() + " tiles of " + machine.name() + "; using all of them");
            tiles = 0;
        }
        model = new ProgramModel(new ProgramOptions(machine, costs(options.get(Costs)), options.get(Placement), options.get(Execution), options.get(GC),
                        options.get(Seed), tiles));
        env.registerService((IntSupplier) model::tiles);
        reportDir = options.get(Report);
        traceFile = options.get(Trace);
        if (!traceFile.isEmpty()) {
            trace = model.startTrace(TraceOptions.DEFAULT);
        }
        events = new ProgramEvents(env, model);
        events.attach();
        // The run ends while the program's context still exists, so the final liveness walk can
        // read its scopes; the report is printed when the engine closes.
        env.getInstrumenter().attachContextsListener(new ContextsListener() {
            @Override
            public void onContextCreated(TruffleContext context) {
            }

            @Override
            public void onLanguageContextCreated(TruffleContext context, LanguageInfo language) {
            }

            @Override
            public void onLanguageContextInitialized(TruffleContext context, LanguageInfo language) {
            }

            @Override
            public void onLanguageContextFinalized(TruffleContext context, LanguageInfo language) {
                finish();
            }

            @Override
            public void onLanguageContextDisposed(TruffleContext context, LanguageInfo language) {
            }

            @Override
            public void onContextClosed(TruffleContext context) {
            }
        }, false);
    }

    private void finish() {
        if (summary == null) {
            summary = model.finish();
        }
    }

    @Override
    protected void onDispose(Env env) {
        if (model == null) {
            return;
        }
        finish();
        err.print(summary.format());
        err.flush();
        try {
            if (!reportDir.isEmpty()) {
                org.tessera.machine.program.Report.write(summary, model, Path.of(reportDir));
                err.println("tilemachine: report written to " + Path.of(reportDir, "report.html"));
            }
            if (!traceFile.isEmpty()) {
                trace.write(Path.of(traceFile));
                err.println("tilemachine: trace written to " + traceFile);
            }
        } catch (IOException e) {
            err.println("tilemachine: could not write the report: " + e.getMessage());
        }
    }

    /** The global scopes of every language, roots of liveness. */
    static List<Object> globalScopes(Env env) {
        List<Object> scopes = new ArrayList<>();
        for (LanguageInfo language : env.getLanguages().values()) {
            try {
                Object scope = env.getScope(language);
                if (scope != null) {
                    scopes.add(scope);
                }
            } catch (IllegalStateException e) {
                // No context entered (the program has ended): no global scope to root anything.
            }
        }
        return scopes;
    }
}
