package org.tessera.machine.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tessera.machine.config.ConfigException;

/**
 * What the language runtime costs on a tile: cycles per {@link Event}, split over
 * {@link Category categories}, plus the constants of the tile collector, call migration and
 * task spawning. Tables are YAML files like machine configs, validated on load (errors name the
 * file, line and key); the built-in ones are in {@code org/tessera/machine/costs/}:
 *
 * <ul>
 * <li>{@code cpython-like}: CPython 3.11's interpreter on an in-order core, derived from the
 * benchmark suite's event mix and Ismail &amp; Suh's category averages (the file says how);</li>
 * <li>{@code truffle-interpreter}: a self-specialising AST interpreter with inline caches;</li>
 * <li>{@code compiled-tier1}: first-tier compiled code (partially evaluated, no inlining);</li>
 * <li>{@code compiled}: partially evaluated, compiled code (inline caches, no dispatch);</li>
 * <li>hardware-assisted variants of cpython-like: {@code +name-cache} (after ShortCut, ISCA 2017),
 * {@code +hw-typecheck} (after Typed Architectures, ASPLOS 2017), {@code +hw-dispatch} (after
 * Short-Circuit Dispatch, ISCA 2016) and {@code +hw-all}.</li>
 * </ul>
 *
 * A table may start from another ({@code base}), multiply whole categories ({@code scale}) and set
 * single costs ({@code events}); see {@code machine-model/PROGRAM.md}.
 */
public final class CostTable {
    /**
     * Stop-the-world and concurrent collection costs (calibrated guesses, see the YAML), and those of
     * a nursery's minor collections ({@link Nursery}): promoting a survivor, scanning a remembered old
     * object, the write barrier, and how much faster the unit copies than the core.
     */
    public record Gc(long baseCycles, double cyclesPerLiveObject, double cyclesPerLiveByte, double cyclesPerDeadObject, double hardwareMarkSpeedup,
                    double hardwareSweepSpeedup, long hardwarePauseCycles, double hardwareTrigger, double cyclesPerPromotedObject,
                    double cyclesPerPromotedByte, double cyclesPerRememberedObject, long writeBarrierCycles, double hardwareCopySpeedup) {

        /** The core's cycles to mark {@code liveObjects} objects of {@code liveBytes} and sweep {@code deadObjects}. */
        public long softwareCycles(long liveObjects, long liveBytes, long deadObjects) {
            return baseCycles + markCycles(liveObjects, liveBytes) + Math.round(cyclesPerDeadObject * deadObjects);
        }

        /** How long the collector unit takes for the same work, concurrently with the core. */
        public long hardwareCycles(long liveObjects, long liveBytes, long deadObjects) {
            double mark = (baseCycles + markCycles(liveObjects, liveBytes)) / hardwareMarkSpeedup;
            double sweep = cyclesPerDeadObject * deadObjects / hardwareSweepSpeedup;
            return Math.max(1, Math.round(mark + sweep));
        }

        /**
         * The core's cycles for a minor collection that promotes {@code promotedObjects} objects of
         * {@code promotedBytes} and scans {@code remembered} remembered old objects; dead young objects
         * cost nothing (a copying collector never visits them).
         */
        public long minorCycles(long promotedObjects, long promotedBytes, long remembered) {
            return baseCycles + Math.round(minorTrace(promotedObjects, remembered) + cyclesPerPromotedByte * promotedBytes);
        }

        /** How long the collector unit takes for the same minor collection, concurrently with the core. */
        public long hardwareMinorCycles(long promotedObjects, long promotedBytes, long remembered) {
            double trace = (baseCycles + minorTrace(promotedObjects, remembered)) / hardwareMarkSpeedup;
            double copy = cyclesPerPromotedByte * promotedBytes / hardwareCopySpeedup;
            return Math.max(1, Math.round(trace + copy));
        }

        private double minorTrace(long promotedObjects, long remembered) {
            return cyclesPerPromotedObject * promotedObjects + cyclesPerRememberedObject * remembered;
        }

        private long markCycles(long liveObjects, long liveBytes) {
            return Math.round(cyclesPerLiveObject * liveObjects + cyclesPerLiveByte * liveBytes);
        }
    }

    /** Sizes of the messages that move a call to its receiver's tile and its result back. */
    public record Calls(long migrationBytes, long returnBytes) {
    }

    /** The parent's cycles to start a task, and the sizes of the start and result messages. */
    public record Parallel(long spawnCycles, long spawnBytes, long resultBytes) {
    }

    /** The presets, in the order {@link #presets} lists them; a test checks that each has its file. */
    private static final List<String> PRESETS = List.of("cpython-like", "cpython-like+name-cache", "cpython-like+hw-typecheck", "cpython-like+hw-dispatch",
                    "cpython-like+hw-all", "truffle-interpreter", "compiled-tier1", "compiled");
    private static final String DIRECTORY = "/org/tessera/machine/costs/";

    private final String name;
    private final String description;
    private final long[][] cycles;
    private final long[] totals;
    private final Gc gc;
    private final Calls calls;
    private final Parallel parallel;
    private final Map<Event, Double> calibrationMix;
    private final Map<Category, Double> calibrationTargets;

    CostTable(String name, String description, long[][] cycles, Gc gc, Calls calls, Parallel parallel, Map<Event, Double> calibrationMix,
                    Map<Category, Double> calibrationTargets) {
        this.name = name;
        this.description = description;
        this.cycles = cycles;
        this.totals = new long[Event.COUNT];
        for (int e = 0; e < Event.COUNT; e++) {
            for (long c : cycles[e]) {
                totals[e] += c;
            }
        }
        this.gc = gc;
        this.calls = calls;
        this.parallel = parallel;
        this.calibrationMix = Collections.unmodifiableMap(new EnumMap<>(calibrationMix));
        this.calibrationTargets = Collections.unmodifiableMap(new EnumMap<>(calibrationTargets));
    }

    /**
     * A preset by name, or else a YAML file (a name is tried first). Errors are one line:
     * {@code FILE:LINE: KEY: problem}.
     */
    public static CostTable load(String presetOrPath) throws ConfigException {
        return CostTableLoader.load(presetOrPath);
    }

    /** The built-in tables. */
    public static List<String> presets() {
        return PRESETS;
    }

    /** The YAML text of a preset, or null if there is no preset of that name. */
    static String presetText(String name) {
        if (!PRESETS.contains(name)) {
            return null;
        }
        String resource = DIRECTORY + name + ".yaml";
        try (InputStream in = CostTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cost table " + name + " is listed but " + resource + " is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Cycles {@code event} takes in {@code category}. */
    public long cycles(Event event, Category category) {
        return cycles[event.ordinal()][category.ordinal()];
    }

    /** Cycles {@code event} takes in all. */
    public long cycles(Event event) {
        return totals[event.ordinal()];
    }

    long[] totals() {
        return totals;
    }

    long cycles(int event, int category) {
        return cycles[event][category];
    }

    public Gc gc() {
        return gc;
    }

    public Calls calls() {
        return calls;
    }

    public Parallel parallel() {
        return parallel;
    }

    /** Events per 1,000 of the program mix the table was calibrated on (empty if none is given). */
    public Map<Event, Double> calibrationMix() {
        return calibrationMix;
    }

    /** The share of each category, in percent, the table was built to give on {@link #calibrationMix} (empty if none). */
    public Map<Category, Double> calibrationTargets() {
        return calibrationTargets;
    }

    /**
     * The share of each category, in percent, of the cycles a program with event mix {@code mix}
     * (any counts) spends in this table's events. All zero if the mix costs nothing.
     */
    public Map<Category, Double> breakdown(Map<Event, Double> mix) {
        double[] sums = new double[Category.COUNT];
        double total = 0;
        for (Map.Entry<Event, Double> m : mix.entrySet()) {
            for (int c = 0; c < Category.COUNT; c++) {
                double cyclesHere = m.getValue() * cycles[m.getKey().ordinal()][c];
                sums[c] += cyclesHere;
                total += cyclesHere;
            }
        }
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            shares.put(c, total == 0 ? 0.0 : 100.0 * sums[c.ordinal()] / total);
        }
        return shares;
    }

    /** Mean cycles per event over {@code mix}. */
    public double meanCycles(Map<Event, Double> mix) {
        double cyclesSum = 0;
        double events = 0;
        for (Map.Entry<Event, Double> m : mix.entrySet()) {
            cyclesSum += m.getValue() * totals[m.getKey().ordinal()];
            events += m.getValue();
        }
        return events == 0 ? 0 : cyclesSum / events;
    }

    @Override
    public String toString() {
        return "cost table " + name;
    }
}
