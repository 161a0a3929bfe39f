package org.tessera.jit;

import java.io.PrintStream;
import java.util.function.Function;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionType;
import org.graalvm.options.OptionValues;
import org.tessera.machine.program.CostTable;
import org.tessera.machine.program.JitModel;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;

/**
 * {@code --jit}: models JIT compilation on spare tiles of the machine {@code --tilemachine} runs the
 * program on. It does nothing by itself: it offers the tilemachine instrument a
 * {@link JitModel.Factory} service, which makes a {@link CompilationModel} from these options when
 * {@code --jit} or any {@code --jit.*} option is given.
 */
@TruffleInstrument.Registration(id = JitInstrument.ID, name = "JIT on spare tiles", version = "0.1", services = JitModel.Factory.class,
                website = "https://github.com/tessera/tessera")
public final class JitInstrument extends TruffleInstrument {
    public static final String ID = "jit";

    private static <T> OptionType<T> type(String name, String key, Function<String, T> convert) {
        String option = key.isEmpty() ? ID : ID + "." + key;
        return new OptionType<>(name, text -> {
            try {
                return convert.apply(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
            }
        });
    }

    private static Function<String, Integer> integer(long min, long max, String what) {
        return text -> {
            try {
                long n = Long.parseLong(text.trim());
                if (n >= min && n <= max) {
                    return (int) n;
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            throw new IllegalArgumentException("expected " + what + " from " + min + " to " + max + ", got '" + text + "'");
        };
    }

    private static final OptionType<Boolean> ENABLED_TYPE = type("Boolean", "", text -> switch (text) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("expected true or false, got '" + text + "'");
    });
    private static final OptionType<Integer> TILES_TYPE = type("count", "Tiles", integer(0, 1 << 20, "a number of JIT tiles"));
    private static final OptionType<QueuePolicy> QUEUE_TYPE = type("fifo|hotness|traversing", "Queue", QueuePolicy::parse);
    private static final OptionType<TilePlacement> PLACEMENT_TYPE = type("corner|center|spread|near-callers", "Placement", TilePlacement::parse);
    private static final OptionType<Integer> THRESHOLD_TYPE = type("count", "Threshold", integer(1, Integer.MAX_VALUE, "calls plus back-edges"));
    private static final OptionType<Integer> FIRST_TYPE = type("count", "FirstTierThreshold", integer(0, Integer.MAX_VALUE, "calls plus back-edges (0: 4% of the threshold)"));
    private static final OptionType<Integer> TIERS_TYPE = type("1|2", "Tiers", integer(1, 2, "a number of tiers"));
    private static final OptionType<String> COSTS_TYPE = type("preset|file", "Costs", spec -> {
        JitOptions.table(spec);
        return spec;
    });
    private static final OptionType<String> FIRST_COSTS_TYPE = type("preset|file", "FirstTierCosts", spec -> {
        JitOptions.table(spec);
        return spec;
    });
    private static final OptionType<Double> SCALE_TYPE = type("number", "CompileScale", text -> {
        try {
            double d = Double.parseDouble(text.trim());
            if (d > 0 && d < 1e6) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("expected a positive factor (1: a tile compiles in as many cycles as the calibration host), got '" + text + "'");
    });
    private static final OptionType<Integer> BUDGET_TYPE = type("count", "InliningBudget", integer(0, Integer.MAX_VALUE, "AST nodes"));
    private static final OptionType<Long> SAMPLE_TYPE = type("cycles", "SampleCycles", text -> (long) integer(1, Integer.MAX_VALUE, "cycles").apply(text));
    private static final OptionType<String> STATS_TYPE = type("file", "Stats", text -> {
        if (!text.isEmpty() && java.nio.file.Files.isDirectory(java.nio.file.Path.of(text))) {
            throw new IllegalArgumentException(text + " is a directory; the statistics need a file name");
        }
        return text;
    });

    @Option(name = "", help = "Model JIT compilation on spare tiles of the --tilemachine run (implied by any --jit.* option).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE) //
    static final OptionKey<Boolean> ENABLED = new OptionKey<>(false, ENABLED_TYPE);

    @Option(help = "JIT tiles (0: compile on the running tile, which waits).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<count>") //
    static final OptionKey<Integer> Tiles = new OptionKey<>(1, TILES_TYPE);

    @Option(help = "Which queued compilation a free JIT tile takes: fifo, hotness (hottest first) or traversing (Truffle's).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "fifo|hotness|traversing") //
    static final OptionKey<QueuePolicy> Queue = new OptionKey<>(QueuePolicy.TRAVERSING, QUEUE_TYPE);

    @Option(help = "Where the JIT tiles are: corner, center, spread or near-callers.", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "corner|center|spread|near-callers") //
    static final OptionKey<TilePlacement> Placement = new OptionKey<>(TilePlacement.NEAR_CALLERS, PLACEMENT_TYPE);

    @Option(help = "Calls plus loop back-edges that make a function hot enough for the last tier (Truffle: 10000).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<count>") //
    static final OptionKey<Integer> Threshold = new OptionKey<>(10000, THRESHOLD_TYPE);

    @Option(help = "Calls plus loop back-edges for the first tier (0: 4% of the threshold, as Truffle's 400 of 10000).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<count>") //
    static final OptionKey<Integer> FirstTierThreshold = new OptionKey<>(0, FIRST_TYPE);

    @Option(help = "Compiled tiers: 2 (first and last, as Truffle) or 1 (last only).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "1|2") //
    static final OptionKey<Integer> Tiers = new OptionKey<>(2, TIERS_TYPE);

    @Option(help = "What last-tier code costs per event: a cost preset or YAML file.", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<preset|file>") //
    static final OptionKey<String> Costs = new OptionKey<>("compiled", COSTS_TYPE);

    @Option(help = "What first-tier code costs per event: a cost preset or YAML file.", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<preset|file>") //
    static final OptionKey<String> FirstTierCosts = new OptionKey<>("compiled-tier1", FIRST_COSTS_TYPE);

    @Option(help = "A tile's compile cycles over the calibration host's (1: as many).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<factor>") //
    static final OptionKey<Double> CompileScale = new OptionKey<>(1.0, SCALE_TYPE);

    @Option(help = "AST nodes of callees a last-tier compilation may inline.", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<count>") //
    static final OptionKey<Integer> InliningBudget = new OptionKey<>(JitOptions.DEFAULT_INLINING_BUDGET, BUDGET_TYPE);

    @Option(help = "The function whose returns mark the program's iterations (for warm-up curves).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<name>") //
    static final OptionKey<String> IterationFunction = new OptionKey<>("bench");

    @Option(help = "Cycles between progress samples.", category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<cycles>") //
    static final OptionKey<Long> SampleCycles = new OptionKey<>(1_000_000L, SAMPLE_TYPE);

    @Option(help = "Write the run's JIT statistics (compilations, queue, progress) to this JSON file.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<file>") //
    static final OptionKey<String> Stats = new OptionKey<>("", STATS_TYPE);

    private boolean enabled;
    private boolean used;
    private PrintStream err;

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new JitInstrumentOptionDescriptors();
    }

    @Override
    protected void onCreate(Env env) {
        OptionValues o = env.getOptions();
        // --jit=true/false decides; without it, any --jit.* option turns the model on.
        enabled = o.hasBeenSet(ENABLED) ? o.get(ENABLED) : o.hasSetOptions();
        err = new PrintStream(env.err(), true);
        env.registerService((JitModel.Factory) () -> {
            if (!enabled) {
                return null;
            }
            used = true;
            int threshold = o.get(Threshold);
            int first = o.get(FirstTierThreshold);
            CostTable costs = JitOptions.table(o.get(Costs));
            CostTable firstCosts = JitOptions.table(o.get(FirstTierCosts));
            JitOptions options = new JitOptions(o.get(Tiles), o.get(Queue), o.get(Placement), threshold, first == 0 ? JitOptions.defaultFirstTier(threshold) : first,
                            o.get(Tiers), costs, firstCosts, o.get(CompileScale), o.get(InliningBudget), o.get(IterationFunction), o.get(SampleCycles), o.get(Stats), err);
            return new CompilationModel(options, CompileCost.load());
        });
    }

    @Override
    protected void onDispose(Env env) {
        if (enabled && !used) {
            err.println("jit: the JIT model runs on the modelled machine; add --tilemachine");
        }
    }
}
