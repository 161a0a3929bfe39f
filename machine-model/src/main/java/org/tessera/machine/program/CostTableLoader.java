package org.tessera.machine.program;

import static org.tessera.machine.config.YamlNodes.describe;
import static org.tessera.machine.config.YamlNodes.lineOf;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.YamlNodes;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a cost table. Like the machine-config loader it works on SnakeYAML's node graph so every
 * value keeps its line, and every error is one line: {@code SOURCE:LINE: KEY: problem}.
 *
 * <p>Order of application: the {@code base} table's costs (zero without a base), then
 * {@code scale} (each category multiplied, rounded half up to whole cycles), then {@code events}
 * (each listed event and category set to the given cycles). {@code gc}, {@code calls} and
 * {@code parallel} keys replace the base's one by one; without a base they are all required.
 * {@code calibration} is inherited only when the table changes no cost.
 */
final class CostTableLoader {
    private static final List<String> TOP_KEYS = List.of("name", "description", "base", "scale", "events", "gc", "calls", "parallel", "calibration");
    private static final List<String> GC_KEYS = List.of("base_cycles", "cycles_per_live_object", "cycles_per_live_byte", "cycles_per_dead_object",
                    "hardware_mark_speedup", "hardware_sweep_speedup", "hardware_pause_cycles", "hardware_trigger", "cycles_per_promoted_object", "cycles_per_promoted_byte",
                    "cycles_per_remembered_object", "write_barrier_cycles", "hardware_copy_speedup");
    private static final List<String> CALLS_KEYS = List.of("migration_bytes", "return_bytes");
    private static final List<String> PARALLEL_KEYS = List.of("spawn_cycles", "spawn_bytes", "result_bytes");
    private static final List<String> CALIBRATION_KEYS = List.of("event_mix", "target_percent");
    private static final long MAX_CYCLES = 1_000_000_000L;
    private static final int MAX_BASE_DEPTH = 16;
    /** The error of a table whose base failed (already collapsed): its chain's length and the problem at the end. */
    private static final Pattern NESTED_BASE = Pattern.compile("(?s).*?: base: cannot load '.*?'(?: \\(through (\\d+) more tables?\\))?: (.*)");

    private CostTableLoader() {
    }

    static CostTable load(String presetOrPath) throws ConfigException {
        return resolve(presetOrPath, null, new ArrayList<>());
    }

    /** A preset, or a file (relative to {@code directory} when a table names its base). */
    private static CostTable resolve(String nameOrPath, Path directory, List<String> chain) throws ConfigException {
        String preset = CostTable.presetText(nameOrPath);
        if (preset != null) {
            return parse(preset, "preset:" + nameOrPath, nameOrPath, null, chain);
        }
        Path file;
        try {
            file = directory == null ? Path.of(nameOrPath) : directory.resolve(nameOrPath);
        } catch (InvalidPathException e) {
            throw notFound(nameOrPath);
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(YamlNodes.escaped(file.toString()) + ": a directory, not a cost table");
        }
        if (!Files.isRegularFile(file)) {
            throw notFound(nameOrPath);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ConfigException(YamlNodes.escaped(file.toString()) + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(YamlNodes.escaped(file.toString()) + ": cannot read: " + YamlNodes.escaped(String.valueOf(e.getMessage())));
        }
        String stem = file.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
        return parse(text, YamlNodes.escaped(file.toString()), stem, file.toAbsolutePath().getParent(), chain);
    }

    private static ConfigException notFound(String nameOrPath) {
        String suggestion = closest(nameOrPath, CostTable.presets());
        return new ConfigException(YamlNodes.shown(nameOrPath) + ": no cost table of that name" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                        + " and no such file; presets: " + String.join(", ", CostTable.presets()));
    }

    private static CostTable parse(String text, String source, String defaultName, Path directory, List<String> chain) throws ConfigException {
        if (chain.contains(source)) {
            throw new ConfigException(source + ": base tables form a cycle: " + String.join(" -> ", chain) + " -> " + source);
        }
        if (chain.size() >= MAX_BASE_DEPTH) {
            throw new ConfigException(source + ": more than " + MAX_BASE_DEPTH + " tables deep in base references");
        }
        chain.add(source);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ConfigException(source + ":" + (mark == null ? 1 : mark.getLine() + 1) + ": not valid YAML: " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new ConfigException(source + ": not valid YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            throw new ConfigException(source + ":1: the cost table is empty (it needs a base or events)");
        }
        Section top = new Section(source, "", root, 1);
        top.checkKeys(TOP_KEYS, "key");

        CostTable base = null;
        if (top.has("base")) {
            String baseName = top.text("base");
            try {
                base = resolve(baseName, directory, chain);
            } catch (ConfigException e) {
                // When the base's own base failed, say what failed at the end of the chain, not every table on the way.
                String inner = e.getMessage();
                int through = 0;
                Matcher nested = NESTED_BASE.matcher(inner);
                if (nested.matches()) {
                    through = 1 + (nested.group(1) == null ? 0 : Integer.parseInt(nested.group(1)));
                    inner = nested.group(2);
                }
                throw top.error("base", "cannot load '" + YamlNodes.shown(baseName) + "'" + (through == 0 ? "" : " (through " + through + " more "
                                + (through == 1 ? "table" : "tables") + ")") + ": " + inner);
            }
        }
        long[][] cycles = new long[Event.COUNT][Category.COUNT];
        if (base != null) {
            for (int e = 0; e < Event.COUNT; e++) {
                for (int c = 0; c < Category.COUNT; c++) {
                    cycles[e][c] = base.cycles(e, c);
                }
            }
        }
        boolean changed = false;
        if (top.has("scale")) {
            Section scale = top.section("scale");
            for (String key : scale.keys()) {
                Category category = scale.category(key);
                double factor = scale.number(key, 0, 1000);
                for (int e = 0; e < Event.COUNT; e++) {
                    long scaled = Math.round(cycles[e][category.ordinal()] * factor);
                    if (scaled > MAX_CYCLES) {
                        // Bases can scale each other without end; the cost of one event must stay a usable number.
                        throw scale.error(key, "scaling " + Event.values()[e].key() + " to " + String.format(Locale.ROOT, "%,d", scaled)
                                        + " cycles of " + key + " is more than " + String.format(Locale.ROOT, "%,d", MAX_CYCLES) + ", the most one event may cost");
                    }
                    cycles[e][category.ordinal()] = scaled;
                }
            }
            changed = true;
        }
        if (top.has("events")) {
            Section events = top.section("events");
            for (String eventKey : events.keys()) {
                Event event = events.event(eventKey);
                Section costs = events.section(eventKey);
                for (String key : costs.keys()) {
                    Category category = costs.category(key);
                    cycles[event.ordinal()][category.ordinal()] = costs.integer(key, 0, MAX_CYCLES);
                }
            }
            changed = true;
        }
        if (base == null && !top.has("events")) {
            throw top.error("events", "missing (a table without a base must give its events' costs)");
        }

        CostTable.Gc gc = readGc(top.optionalSection("gc"), base == null ? null : base.gc());
        CostTable.Calls calls = readCalls(top.optionalSection("calls"), base == null ? null : base.calls());
        CostTable.Parallel parallel = readParallel(top.optionalSection("parallel"), base == null ? null : base.parallel());

        Map<Event, Double> mix = new EnumMap<>(Event.class);
        Map<Category, Double> targets = new EnumMap<>(Category.class);
        if (top.has("calibration")) {
            Section calibration = top.section("calibration");
            calibration.checkKeys(CALIBRATION_KEYS, "key");
            if (calibration.has("event_mix")) {
                Section m = calibration.section("event_mix");
                for (String key : m.keys()) {
                    mix.put(m.event(key), m.number(key, 0, 1e12));
                }
            }
            if (calibration.has("target_percent")) {
                Section t = calibration.section("target_percent");
                for (String key : t.keys()) {
                    targets.put(t.category(key), t.number(key, 0, 100));
                }
            }
        } else if (base != null) {
            mix.putAll(base.calibrationMix());
            if (!changed) {
                targets.putAll(base.calibrationTargets());
            }
        }
        String name = top.has("name") ? top.text("name") : defaultName;
        String description = top.has("description") ? top.text("description") : base == null ? "" : base.description();
        chain.remove(chain.size() - 1);
        return new CostTable(name, description, cycles, gc, calls, parallel, mix, targets);
    }

    private static CostTable.Gc readGc(Section s, CostTable.Gc base) throws ConfigException {
        s.checkKeys(GC_KEYS, "key");
        return new CostTable.Gc(
                        s.integerOr("base_cycles", 0, MAX_CYCLES, base == null ? null : base.baseCycles()),
                        s.numberOr("cycles_per_live_object", 0, 1e6, base == null ? null : base.cyclesPerLiveObject()),
                        s.numberOr("cycles_per_live_byte", 0, 1e6, base == null ? null : base.cyclesPerLiveByte()),
                        s.numberOr("cycles_per_dead_object", 0, 1e6, base == null ? null : base.cyclesPerDeadObject()),
                        s.numberOr("hardware_mark_speedup", 0.01, 1e6, base == null ? null : base.hardwareMarkSpeedup()),
                        s.numberOr("hardware_sweep_speedup", 0.01, 1e6, base == null ? null : base.hardwareSweepSpeedup()),
                        s.integerOr("hardware_pause_cycles", 0, MAX_CYCLES, base == null ? null : base.hardwarePauseCycles()),
                        s.numberOr("hardware_trigger", 0.01, 1, base == null ? null : base.hardwareTrigger()),
                        s.numberOr("cycles_per_promoted_object", 0, 1e6, base == null ? null : base.cyclesPerPromotedObject()),
                        s.numberOr("cycles_per_promoted_byte", 0, 1e6, base == null ? null : base.cyclesPerPromotedByte()),
                        s.numberOr("cycles_per_remembered_object", 0, 1e6, base == null ? null : base.cyclesPerRememberedObject()),
                        s.integerOr("write_barrier_cycles", 0, MAX_CYCLES, base == null ? null : base.writeBarrierCycles()),
                        s.numberOr("hardware_copy_speedup", 0.01, 1e6, base == null ? null : base.hardwareCopySpeedup()));
    }

    private static CostTable.Calls readCalls(Section s, CostTable.Calls base) throws ConfigException {
        s.checkKeys(CALLS_KEYS, "key");
        return new CostTable.Calls(s.integerOr("migration_bytes", 0, 1 << 24, base == null ? null : base.migrationBytes()),
                        s.integerOr("return_bytes", 0, 1 << 24, base == null ? null : base.returnBytes()));
    }

    private static CostTable.Parallel readParallel(Section s, CostTable.Parallel base) throws ConfigException {
        s.checkKeys(PARALLEL_KEYS, "key");
        return new CostTable.Parallel(s.integerOr("spawn_cycles", 0, MAX_CYCLES, base == null ? null : base.spawnCycles()),
                        s.integerOr("spawn_bytes", 0, 1 << 24, base == null ? null : base.spawnBytes()),
                        s.integerOr("result_bytes", 0, 1 << 24, base == null ? null : base.resultBytes()));
    }

    /** One mapping of the file, with its keys in file order and the line of each. */
    private static final class Section {
        private final String source;
        private final String path;
        /** The line of this section's key, where missing keys are reported. */
        private final int line;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Section(String source, String path, Node node, int line) throws ConfigException {
            this.source = source;
            this.path = path;
            this.line = line;
            if (node == null) {
                return;
            }
            entries.putAll(YamlNodes.entries(source, path, "the cost table", node));
        }

        List<String> keys() {
            return List.copyOf(entries.keySet());
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        Section section(String key) throws ConfigException {
            NodeTuple tuple = entries.get(key);
            return new Section(source, qualified(key), tuple.getValueNode(), lineOf(tuple.getKeyNode()));
        }

        /** The section, or an empty one at this section's line. */
        Section optionalSection(String key) throws ConfigException {
            return has(key) ? section(key) : new Section(source, qualified(key), null, line);
        }

        void checkKeys(List<String> allowed, String what) throws ConfigException {
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw unknown(e.getKey(), what, allowed);
                }
            }
        }

        Event event(String key) throws ConfigException {
            for (Event e : Event.values()) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            throw unknown(key, "event", Stream.of(Event.values()).map(Event::key).toList());
        }

        Category category(String key) throws ConfigException {
            List<String> allowed = Stream.of(Category.values()).filter(Category::inCostTables).map(Category::key).toList();
            for (Category c : Category.values()) {
                if (c.key().equals(key)) {
                    if (!c.inCostTables()) {
                        throw error(key, "is charged by the network model, not by a cost table");
                    }
                    return c;
                }
            }
            throw unknown(key, "category", allowed);
        }

        private ConfigException unknown(String key, String what, List<String> allowed) {
            String suggestion = closest(key, allowed);
            return new ConfigException(source + ":" + lineOf(entries.get(key).getKeyNode()) + ": " + qualified(key) + ": unknown " + what
                            + (suggestion == null ? "" : " (did you mean " + suggestion + "?)") + "; valid: " + String.join(", ", allowed));
        }

        String text(String key) throws ConfigException {
            Node value = entries.get(key).getValueNode();
            if (!(value instanceof ScalarNode scalar) || Tag.NULL.equals(value.getTag())) {
                throw error(key, "expected text, got " + describe(value));
            }
            return scalar.getValue();
        }

        long integer(String key, long min, long max) throws ConfigException {
            Node value = entries.get(key).getValueNode();
            if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(value.getTag())) {
                throw error(key, "expected a whole number of " + unit(key) + ", got " + describe(value));
            }
            long parsed;
            try {
                parsed = Long.parseLong(scalar.getValue().replace("_", "").replaceFirst("^\\+", ""));
            } catch (NumberFormatException e) {
                throw error(key, "must be between " + min + " and " + max + ", got " + YamlNodes.shown(scalar.getValue()));
            }
            if (parsed < min || parsed > max) {
                throw error(key, "must be between " + min + " and " + max + ", got " + parsed);
            }
            return parsed;
        }

        double number(String key, double min, double max) throws ConfigException {
            Node value = entries.get(key).getValueNode();
            if (!(value instanceof ScalarNode scalar) || !(Tag.INT.equals(value.getTag()) || Tag.FLOAT.equals(value.getTag()))) {
                throw error(key, "expected a number, got " + describe(value));
            }
            double parsed;
            try {
                parsed = Double.parseDouble(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(key, "expected a number, got " + describe(value));
            }
            if (!(parsed >= min && parsed <= max)) {
                throw error(key, "must be between " + trim(min) + " and " + trim(max) + ", got " + YamlNodes.shown(scalar.getValue()));
            }
            return parsed;
        }

        long integerOr(String key, long min, long max, Long inherited) throws ConfigException {
            if (has(key)) {
                return integer(key, min, max);
            }
            if (inherited == null) {
                throw missing(key);
            }
            return inherited;
        }

        double numberOr(String key, double min, double max, Double inherited) throws ConfigException {
            if (has(key)) {
                return number(key, min, max);
            }
            if (inherited == null) {
                throw missing(key);
            }
            return inherited;
        }

        private ConfigException missing(String key) {
            return new ConfigException(source + ":" + line + ": " + qualified(key) + ": missing (a table without a base must give it)");
        }

        ConfigException error(String key, String problem) {
            NodeTuple tuple = entries.get(key);
            int at = tuple == null ? line : lineOf(tuple.getValueNode());
            return new ConfigException(source + ":" + at + ": " + qualified(key) + ": " + problem);
        }

        private String qualified(String key) {
            return YamlNodes.qualified(path, key);
        }

        private static String unit(String key) {
            return key.endsWith("bytes") ? "bytes" : "cycles";
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String oneLine(String text) {
        return text == null ? "syntax error" : text.replaceAll("\\s+", " ").trim();
    }

    /** The allowed word closest to a misspelt one (edit distance at most 2), or null. */
    static String closest(String word, List<String> allowed) {
        return org.tessera.machine.config.ConfigLoader.closest(word.toLowerCase(Locale.ROOT), allowed);
    }
}
