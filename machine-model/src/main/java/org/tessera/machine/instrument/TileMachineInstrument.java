package org.tessera.machine.instrument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionType;
import org.graalvm.options.OptionValues;
import org.tessera.machine.config.ByteSize;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.Presets;
import org.tessera.machine.config.YamlNodes;
import org.tessera.machine.program.CostTable;
import org.tessera.machine.program.Execution;
import org.tessera.machine.program.GcMode;
import org.tessera.machine.program.JitModel;
import org.tessera.machine.program.Offload;
import org.tessera.machine.program.OffloadOptions;
import org.tessera.machine.program.CachePolicy;
import org.tessera.machine.program.MemoryOptions;
import org.tessera.machine.program.MemorySystem;
import org.tessera.machine.program.Placement;
import org.tessera.machine.program.ProgramModel;
import org.tessera.machine.program.ProgramOptions;
import org.tessera.machine.program.ProgramTrace;
import org.tessera.machine.program.Summary;
import org.tessera.machine.trace.TraceOptions;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.instrumentation.ContextsListener;
import com.oracle.truffle.api.InstrumentInfo;
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
    /** The instrument that models JIT compilation on the machine, when it is on the module path. */
    static final String JIT_INSTRUMENT = "jit";

    // Every value is checked when it is given: a bad one is a one-line option error before the
    // program starts, naming the option (as "tilemachine.Placement: ..."), since an embedder's
    // Context.Builder.option reports only the converter's message. Config and Costs are validated
    // but kept as text, so loading this class parses no YAML: the launcher reads every
    // instrument's options at start-up, and --tilemachine is usually off.
    private static final OptionType<Boolean> ENABLED_TYPE = type("Boolean", "", text -> switch (text) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("expected true or false, got '" + YamlNodes.shown(text) + "'");
    });
    private static final OptionType<String> CONFIG_TYPE = type("preset|file", "Config", spec -> {
        machine(spec);
        return spec;
    });
    private static final OptionType<String> COSTS_TYPE = type("preset|file", "Costs", spec -> {
        costs(spec);
        return spec;
    });
    private static final OptionType<Placement> PLACEMENT_TYPE = type("local|round-robin|hash|first-touch|affinity", "Placement",
                    org.tessera.machine.program.Placement::parse);
    private static final OptionType<Execution> EXECUTION_TYPE = type("home|migrate-to-data", "Execution", org.tessera.machine.program.Execution::parse);
    private static final OptionType<GcMode> GC_TYPE = type("software|hardware", "GC", GcMode::parse);
    private static final OptionType<String> REPORT_TYPE = type("String", "Report", text -> path(text, true));
    private static final OptionType<String> TRACE_TYPE = type("String", "Trace", text -> path(text, false));
    private static final OptionType<String> STATS_TYPE = type("String", "Stats", text -> path(text, false));
    private static final OptionType<Integer> TILES_TYPE = type("count", "Tiles", TileMachineInstrument::tileCount);
    private static final OptionType<Long> NURSERY_TYPE = type("size", "Nursery", text -> bytes(text, "0, 8192 or 8KiB"));
    private static final OptionType<Long> SEED_TYPE = type("Long", "Seed", text -> {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", got '" + YamlNodes.shown(text) + "'");
        }
    });

    private static final OptionType<Integer> SMART_CACHE_TYPE = type("entries", "SmartCache", TileMachineInstrument::smartCacheEntries);
    private static final OptionType<Double> SMART_CACHE_HIT_COST_TYPE = type("fraction", "SmartCacheHitCost", TileMachineInstrument::fraction);
    private static final OptionType<Offload> OFFLOAD_TYPE = type("none|host|fine|coarse", "Offload", org.tessera.machine.program.Offload::parse);
    private static final OptionType<Long> THRESHOLD_TYPE = type("calls", "OffloadThreshold", text -> {
        try {
            long calls = Long.parseLong(text.trim());
            if (calls >= 0) {
                return calls;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("expected a number of calls (0 or more), got '" + YamlNodes.shown(text) + "'");
    });
    private static final OptionType<Double> HOST_CLOCK_TYPE = type("MHz", "HostClock", text -> positive(text, "a clock in MHz, such as 2600"));
    private static final OptionType<Double> HOST_SPEEDUP_TYPE = type("factor", "HostSpeedup", text -> positive(text, "a positive factor, such as 4.8"));
    private static final OptionType<String> HOST_COSTS_TYPE = type("preset|file", "HostCosts", spec -> {
        costs(spec);
        return spec;
    });
    private static final OptionType<Long> LATENCY_TYPE = type("latency", "LinkLatency", OffloadOptions::parseLatency);
    private static final OptionType<Long> BANDWIDTH_TYPE = type("bandwidth", "LinkBandwidth", OffloadOptions::parseBandwidth);
    private static final OptionType<MemorySystem> MEMORY_TYPE = type("sram|offchip|spill-offchip|memory-tiles", "Memory", MemorySystem::parse);
    private static final OptionType<Integer> MEMORY_TILES_TYPE = type("k", "MemoryTiles", text -> count(text, 2, "a step k ≥ 2 (every k-th tile is a memory tile)"));
    private static final OptionType<Long> CACHE_BYTES_TYPE = type("bytes", "CacheBytes", text -> bytes(text, "16384 or 16KiB"));
    private static final OptionType<CachePolicy> CACHE_POLICY_TYPE = type("lru|fifo|random", "CachePolicy", org.tessera.machine.program.CachePolicy::parse);
    private static final OptionType<Integer> CACHE_LOOKUP_TYPE = type("cycles", "CacheLookupCycles", text -> count(text, 0, "a number of cycles ≥ 0"));

    /** An option type whose errors name the option: {@code tilemachine.KEY: problem}. */
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

    @Option(name = "", help = "Run the program on the modelled tile machine and report what it cost there.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE) //
    static final OptionKey<Boolean> ENABLED = new OptionKey<>(false, ENABLED_TYPE);

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
    static final OptionKey<String> Report = new OptionKey<>("", REPORT_TYPE);

    @Option(help = "Write the summary as JSON (the report's summary.json alone) to this file.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<file>") //
    static final OptionKey<String> Stats = new OptionKey<>("", STATS_TYPE);

    @Option(help = "Write a Perfetto/Chrome trace (one track per tile) to this file.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<file>") //
    static final OptionKey<String> Trace = new OptionKey<>("", TRACE_TYPE);

    @Option(help = "Use only the first N tiles of the machine for the program (0: all of them).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<count>") //
    static final OptionKey<Integer> Tiles = new OptionKey<>(0, TILES_TYPE);

    @Option(help = "Seed of the model's randomness (hash placement).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<integer>") //
    static final OptionKey<Long> Seed = new OptionKey<>(1L, SEED_TYPE);

    @Option(help = "Give every tile a smart cache of this many name/function resolution results (LRU), invalidated by snooping writes to the "
                    + "globals and attributes they were found in; a hit saves name or function resolution cycles (0: no cache).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<entries>") //
    static final OptionKey<Integer> SmartCache = new OptionKey<>(0, SMART_CACHE_TYPE);

    @Option(help = "What a smart cache hit costs, as a fraction of the lookup's name or function resolution cycles (default 0.2, as the "
                    + "cpython-like+name-cache costs after ShortCut, ISCA 2017).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<fraction>") //
    static final OptionKey<Double> SmartCacheHitCost = new OptionKey<>(0.2, SMART_CACHE_HIT_COST_TYPE);

    @Option(help = "A generational nursery of this many bytes (e.g. 8KiB) in each tile's SRAM, collected alone when full; the rest is the old space. "
                    + "0: none (the whole heap is collected when full).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<bytes>") //
    static final OptionKey<Long> Nursery = new OptionKey<>(0L, NURSERY_TYPE);

    @Option(help = "A host core joined to the machine by a PCIe-like link: none (no host), host (the whole program on the host, a reference), "
                    + "fine (the host offloads hot functions; objects cross the link when touched) or coarse (the whole program on the machine, "
                    + "system calls forwarded to the host). See machine-model/PROGRAM.md.", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "none|host|fine|coarse") //
    static final OptionKey<Offload> Offload = new OptionKey<>(org.tessera.machine.program.Offload.NONE, OFFLOAD_TYPE);

    @Option(help = "With --tilemachine.Offload=fine: calls of a function on the host before its later calls are offloaded (default 1000, "
                    + "Truffle's single-tier compilation threshold).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "<calls>") //
    static final OptionKey<Long> OffloadThreshold = new OptionKey<>(OffloadOptions.DEFAULT_THRESHOLD, THRESHOLD_TYPE);

    @Option(help = "The host core's clock in MHz (default 2600, the AMD EPYC the host speed was measured on).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<MHz>") //
    static final OptionKey<Double> HostClock = new OptionKey<>(OffloadOptions.DEFAULT_HOST_CLOCK_MHZ, HOST_CLOCK_TYPE);

    @Option(help = "Cost-table cycles the host retires per host cycle (default 4.8, measured: CPython 3.11 on the host against cpython-like).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<factor>") //
    static final OptionKey<Double> HostSpeedup = new OptionKey<>(OffloadOptions.DEFAULT_HOST_SPEEDUP, HOST_SPEEDUP_TYPE);

    @Option(help = "The host interpreter's cost table: a preset (cpython-like, ...) or a YAML file.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<preset|file>") //
    static final OptionKey<String> HostCosts = new OptionKey<>("cpython-like", HOST_COSTS_TYPE);

    @Option(help = "The host link's latency per transfer, e.g. 500ns or 0.5us (a bare number is ns; default 500 ns, half a PCIe round trip).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<latency>") //
    static final OptionKey<Long> LinkLatency = new OptionKey<>(OffloadOptions.DEFAULT_LINK_LATENCY_PICOS, LATENCY_TYPE);

    @Option(help = "The host link's bandwidth in each direction, e.g. 16GB/s (a bare number is bytes/s; default 31.5 GB/s, PCIe Gen4 x16).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<bandwidth>") //
    static final OptionKey<Long> LinkBandwidth = new OptionKey<>(OffloadOptions.DEFAULT_LINK_BYTES_PER_SECOND, BANDWIDTH_TYPE);

    @Option(help = "Where objects live: sram (tiles' SRAM, spilling to neighbours), offchip (all in DRAM behind the edge controllers of the config's "
                    + "memory.offchip), spill-offchip (SRAM; what does not fit goes off-chip), memory-tiles (every k-th tile holds the objects; "
                    + "the others cache them in software).", category = OptionCategory.USER, stability = OptionStability.STABLE,
                    usageSyntax = "sram|offchip|spill-offchip|memory-tiles") //
    static final OptionKey<MemorySystem> Memory = new OptionKey<>(MemorySystem.SRAM, MEMORY_TYPE);

    @Option(help = "With Memory=memory-tiles: tiles k-1, 2k-1, ... (every k-th; whole columns of a mesh k divides) are memory tiles and run no task.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<k>") //
    static final OptionKey<Integer> MemoryTiles = new OptionKey<>(MemoryOptions.SRAM.memoryTileStep(), MEMORY_TILES_TYPE);

    @Option(help = "With Memory=memory-tiles: bytes of each compute tile's SRAM given to its software cache of remote objects (0: no cache).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<bytes>") //
    static final OptionKey<Long> CacheBytes = new OptionKey<>(MemoryOptions.SRAM.cacheBytes(), CACHE_BYTES_TYPE);

    @Option(help = "With Memory=memory-tiles: which cached object a full cache evicts: lru, fifo or random (seeded by Seed). Write-back, whole objects.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "lru|fifo|random") //
    static final OptionKey<CachePolicy> CachePolicy = new OptionKey<>(MemoryOptions.SRAM.cachePolicy(), CACHE_POLICY_TYPE);

    @Option(help = "With Memory=memory-tiles: cycles of the software tag check every access to a program object pays.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<cycles>") //
    static final OptionKey<Integer> CacheLookupCycles = new OptionKey<>(MemoryOptions.SRAM.lookupCycles(), CACHE_LOOKUP_TYPE);

    private ProgramModel model;
    private Summary summary;
    private ProgramTrace trace;
    private ProgramEvents events;
    private PrintStream err;
    private String reportDir;
    private String traceFile;
    private String statsFile;

    private static MachineConfig machine(String spec) {
        try {
            return Presets.resolve(spec);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Double positive(String text, String expected) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("expected " + expected + ", got '" + YamlNodes.shown(text) + "'");
    }

    private static Integer count(String text, int min, String expected) {
        return count(text, min, Integer.MAX_VALUE, expected);
    }

    private static Integer count(String text, int min, int max, String expected) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("expected " + expected + ", got '" + YamlNodes.shown(text) + "'");
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
        throw new IllegalArgumentException("expected a number of tiles (0 for all of them), got '" + YamlNodes.shown(text) + "'");
    }

    private static Integer smartCacheEntries(String text) {
        return count(text, 0, 1 << 20, "a number of entries from 0 (no cache) to " + (1 << 20));
    }

    /** A byte count such as 8192 or 8KiB (ByteSize's forms), 0 or more. */
    private static Long bytes(String text, String examples) {
        long bytes = ByteSize.parse(text);
        if (bytes < 0) {
            throw new IllegalArgumentException("expected a byte count such as " + examples + ", got '" + YamlNodes.shown(text) + "'");
        }
        return bytes;
    }

    private static Double fraction(String text) {
        try {
            double f = Double.parseDouble(text.trim());
            if (f >= 0 && f <= 1) {
                return f;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("expected a fraction from 0 to 1, got '" + YamlNodes.shown(text) + "'");
    }

    /**
     * A Report directory or Trace file as given ("" for none), refused now if it cannot be one:
     * not a path, or something else is in the way. Whether it can be written is known only at the end.
     */
    private static String path(String text, boolean directory) {
        if (text.isEmpty()) {
            return text;
        }
        Path p;
        try {
            p = Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a usable path: '" + YamlNodes.shown(text) + "' (" + YamlNodes.shown(String.valueOf(e.getReason())) + ")");
        }
        if (directory && Files.isRegularFile(p)) {
            throw new IllegalArgumentException(YamlNodes.shown(text) + " is a file; the report needs a directory");
        }
        if (!directory && Files.isDirectory(p)) {
            throw new IllegalArgumentException(YamlNodes.shown(text) + " is a directory; a file name is needed");
        }
        return text;
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
        long nursery = options.get(Nursery);
        if (nursery > 0) {
            long alignment = machine.memory().alignmentBytes();
            long sram = machine.tiles().sramBytes() / alignment * alignment;
            if (nursery >= sram) {
                // Like --tilemachine.Tiles above: the option alone is valid, only this machine cannot take it.
                err.println("tilemachine: --tilemachine.Nursery=" + ByteSize.format(nursery) + " leaves no old space in the " + ByteSize.format(sram)
                                + " of SRAM of a tile of " + machine.name() + "; running without a nursery (give less than the SRAM)");
            } else {
                model.setNursery(nursery);
            }
        }
        MemoryOptions memory = new MemoryOptions(options.get(Memory), options.get(MemoryTiles), options.get(CacheBytes), options.get(CachePolicy),
                        options.get(CacheLookupCycles));
        // Like Tiles: a value that does not fit this machine is said and replaced, not a failure.
        if (memory.system() == MemorySystem.MEMORY_TILES && memory.cacheBytes() >= machine.tiles().sramBytes()) {
            long half = machine.tiles().sramBytes() / 2;
            err.println("tilemachine: --tilemachine.CacheBytes=" + memory.cacheBytes() + " does not fit the " + machine.tiles().sramBytes()
                            + " bytes of SRAM of a tile of " + machine.name() + "; using " + half);
            memory = memory.withCache(half, memory.cachePolicy());
        }
        if (memory.system() == MemorySystem.MEMORY_TILES && memory.memoryTileStep() > model.tiles()) {
            boolean two = model.tiles() >= 2;
            err.println("tilemachine: --tilemachine.MemoryTiles=" + memory.memoryTileStep() + " leaves no memory tile among the " + model.tiles()
                            + " tiles used; " + (two ? "using every 2nd tile" : "using sram"));
            memory = two ? new MemoryOptions(memory.system(), 2, memory.cacheBytes(), memory.cachePolicy(), memory.lookupCycles())
                            : memory.withSystem(MemorySystem.SRAM);
        }
        model.setMemory(memory);
        env.registerService((IntSupplier) model::tiles);
        reportDir = options.get(Report);
        traceFile = options.get(Trace);
        statsFile = options.get(Stats);
        if (!traceFile.isEmpty()) {
            trace = model.startTrace(TraceOptions.DEFAULT);
        }
        org.tessera.machine.program.Offload offload = options.get(Offload);
        if (offload != org.tessera.machine.program.Offload.NONE) {
            model.setOffload(new OffloadOptions(offload, options.get(OffloadThreshold), options.get(HostClock), options.get(HostSpeedup),
                            costs(options.get(HostCosts)), options.get(LinkLatency), options.get(LinkBandwidth)));
        }
        JitModel jit = jitModel(env);
        if (jit != null && model.offload() != null) {
            err.println("tilemachine: --tilemachine.Offload=" + offload.spelling() + " models no JIT compilation; the JIT model is not used");
        } else if (jit != null) {
            model.setJit(jit);
        }
        if (options.get(SmartCache) > 0) {
            model.setSmartCache(new org.tessera.machine.program.SmartCache(machine.tileCount(), options.get(SmartCache), options.get(SmartCacheHitCost)));
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

    /** The JIT model of the {@code jit} instrument (the jit-worker module), if it is there and on. */
    private static JitModel jitModel(Env env) {
        InstrumentInfo info = env.getInstruments().get(JIT_INSTRUMENT);
        if (info == null) {
            return null;
        }
        JitModel.Factory factory = env.lookup(info, JitModel.Factory.class);
        return factory == null ? null : factory.create();
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
        if (!reportDir.isEmpty()) {
            try {
                org.tessera.machine.program.Report.write(summary, model, Path.of(reportDir));
                err.println("tilemachine: report written to " + Path.of(reportDir, "report.html"));
            } catch (IOException e) {
                err.println("tilemachine: could not write the report to " + reportDir + ": " + reason(e));
            }
        }
        if (!statsFile.isEmpty()) {
            try {
                org.tessera.machine.program.Report.writeStats(summary, model, Path.of(statsFile));
            } catch (IOException e) {
                err.println("tilemachine: could not write the statistics to " + statsFile + ": " + reason(e));
            }
        }
        if (!traceFile.isEmpty()) {
            try {
                trace.write(Path.of(traceFile));
                err.println("tilemachine: trace written to " + traceFile);
            } catch (IOException e) {
                err.println("tilemachine: could not write the trace to " + traceFile + ": " + reason(e));
            }
        }
    }

    /** Why a file could not be written, in words: {@code NoSuchFileException}'s message is only the path. */
    static String reason(IOException e) {
        String what = switch (e) {
            case NoSuchFileException _ -> "no such file or directory";
            case AccessDeniedException _ -> "permission denied";
            case FileAlreadyExistsException _ -> "a file is in the way";
            case NotDirectoryException _ -> "not a directory";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage();
        };
        return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + what : String.valueOf(what);
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
