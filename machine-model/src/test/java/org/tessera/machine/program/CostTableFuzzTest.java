package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.machine.config.YamlFuzz.pick;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.YamlFuzz;
import org.tessera.machine.config.YamlFuzz.Entry;
import org.tessera.machine.config.YamlFuzz.Mapping;
import org.tessera.machine.config.YamlFuzz.Place;
import org.tessera.machine.config.YamlFuzz.Problems;
import org.tessera.machine.config.YamlFuzz.Runner;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Fuzzes cost tables (the other config file of the model, given as {@code --tilemachine.Costs}) as
 * {@code ConfigFuzzTest} fuzzes machine configs: from fixed seeds, the presets with one structural
 * change each (wrong types, out-of-range or non-finite numbers, unknown or misspelt events and
 * categories, removed, repeated and complex keys, bases that are missing, misspelt, cyclic, long
 * chains that multiply costs), garbled text and bytes that are not UTF-8. Each must load, and then
 * a small program runs with it on a small machine; or fail with one line {@code FILE:LINE: KEY:
 * problem} naming the changed key. Each case has a deadline.
 */
class CostTableFuzzTest {
    private static final long[] SEEDS = {5, 6, 7};
    private static final int STRUCTURED_PER_SEED = 500;
    private static final int GARBLED_PER_SEED = 120;

    @TempDir
    Path temp;

    private static final long MAX_CYCLES = 1_000_000_000L;
    private static final List<String> TOP = List.of("name", "description", "base", "scale", "events", "gc", "calls", "parallel", "calibration");
    private static final List<String> CATEGORIES = Stream.of(Category.values()).filter(Category::inCostTables).map(Category::key).toList();
    private static final List<String> EVENTS = Stream.of(Event.values()).map(Event::key).toList();

    /** A number's bounds by the path pattern of its key (* for any one key), and whether it must be whole. */
    private record Bounds(double min, double max, boolean integer) {
    }

    private static final Map<String, Bounds> BOUNDS = Map.ofEntries(Map.entry("events.*.*", new Bounds(0, MAX_CYCLES, true)),
                    Map.entry("scale.*", new Bounds(0, 1000, false)), Map.entry("gc.base_cycles", new Bounds(0, MAX_CYCLES, true)),
                    Map.entry("gc.cycles_per_live_object", new Bounds(0, 1e6, false)), Map.entry("gc.cycles_per_live_byte", new Bounds(0, 1e6, false)),
                    Map.entry("gc.cycles_per_dead_object", new Bounds(0, 1e6, false)), Map.entry("gc.hardware_mark_speedup", new Bounds(0.01, 1e6, false)),
                    Map.entry("gc.hardware_sweep_speedup", new Bounds(0.01, 1e6, false)), Map.entry("gc.hardware_pause_cycles", new Bounds(0, MAX_CYCLES, true)),
                    Map.entry("gc.hardware_trigger", new Bounds(0.01, 1, false)), Map.entry("gc.cycles_per_promoted_object", new Bounds(0, 1e6, false)),
                    Map.entry("gc.cycles_per_promoted_byte", new Bounds(0, 1e6, false)), Map.entry("gc.cycles_per_remembered_object", new Bounds(0, 1e6, false)),
                    Map.entry("gc.write_barrier_cycles", new Bounds(0, MAX_CYCLES, true)), Map.entry("gc.hardware_copy_speedup", new Bounds(0.01, 1e6, false)),
                    Map.entry("calls.migration_bytes", new Bounds(0, 1 << 24, true)),
                    Map.entry("calls.return_bytes", new Bounds(0, 1 << 24, true)), Map.entry("parallel.spawn_cycles", new Bounds(0, MAX_CYCLES, true)),
                    Map.entry("parallel.spawn_bytes", new Bounds(0, 1 << 24, true)), Map.entry("parallel.result_bytes", new Bounds(0, 1 << 24, true)),
                    Map.entry("calibration.event_mix.*", new Bounds(0, 1e12, false)), Map.entry("calibration.target_percent.*", new Bounds(0, 100, false)));

    private static Bounds bounds(String path) {
        String[] parts = path.split("\\.");
        for (Map.Entry<String, Bounds> e : BOUNDS.entrySet()) {
            String[] pattern = e.getKey().split("\\.");
            if (pattern.length == parts.length) {
                boolean match = true;
                for (int i = 0; i < parts.length; i++) {
                    match &= pattern[i].equals("*") || pattern[i].equals(parts[i]);
                }
                if (match) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** The keys a mapping may have. */
    private static List<String> allowed(String section) {
        return switch (section) {
            case "" -> TOP;
            case "gc" -> List.of("base_cycles", "cycles_per_live_object", "cycles_per_live_byte", "cycles_per_dead_object", "hardware_mark_speedup",
                            "hardware_sweep_speedup", "hardware_pause_cycles", "hardware_trigger", "cycles_per_promoted_object", "cycles_per_promoted_byte",
                            "cycles_per_remembered_object", "write_barrier_cycles", "hardware_copy_speedup");
            case "calls" -> List.of("migration_bytes", "return_bytes");
            case "parallel" -> List.of("spawn_cycles", "spawn_bytes", "result_bytes");
            case "calibration" -> List.of("event_mix", "target_percent");
            case "events", "calibration.event_mix" -> EVENTS;
            case "scale", "calibration.target_percent" -> CATEGORIES;
            default -> section.startsWith("events.") ? CATEGORIES : List.of();
        };
    }

    /** The keys a change to {@code path} may be reported at: a base brings or takes away every inherited key. */
    private static Set<String> related(String path) {
        Set<String> all = new HashSet<>(Set.of(path));
        if (path.equals("base") || path.isEmpty()) {
            all.add("events");
            for (String s : List.of("gc", "calls", "parallel")) {
                allowed(s).forEach(k -> all.add(s + "." + k));
            }
        }
        return all;
    }

    private record Case(String description, String text, Set<String> blame, boolean mustFail) {
    }

    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger files = new AtomicInteger();

    @Test
    void mutatedCostTablesLoadAndRunOrFailWithAClearErrorNamingTheKey() throws IOException {
        List<String> bases = new ArrayList<>();
        for (String preset : CostTable.presets()) {
            bases.add(CostTable.presetText(preset));
        }
        // Files other cases can name as their base: a good one, a broken one, a chain that scales a cost past any bound.
        Path good = write("good.yaml", "base: cpython-like\nscale: {dispatch: 0.5}\n");
        write("broken.yaml", "base: cpython-like\nevents: [1, 2\n");
        Path chain = write("chain0.yaml", "base: cpython-like\nevents:\n  call: {dispatch: 1000000000}\n");
        for (int i = 1; i <= 15; i++) {
            chain = write("chain" + i + ".yaml", "base: chain" + (i - 1) + ".yaml\nscale: {dispatch: 1000}\n");
        }
        write("cycle-a.yaml", "base: cycle-b.yaml\n");
        write("cycle-b.yaml", "base: cycle-a.yaml\n");
        List<String> baseValues = List.of("cpython-like", "compiled", "cpython-lke", "CPython-like", "\"\"", "~", "good.yaml", "broken.yaml", "chain3.yaml",
                        "chain15.yaml", "chain5.yaml", "cycle-a.yaml", "missing.yaml", temp.toString(), "\"" + "b".repeat(3000) + "\"", "\"a\\nb\"", "\"a\\u0000b\"", "[cpython-like]",
                        "{a: 1}", "5", chain.toString(), "../good.yaml", "fuzz.yaml");

        Problems problems = new Problems();
        int cases = 0;
        long start = System.nanoTime();
        try (Runner runner = new Runner(10_000)) {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                // Bases are named relative to the table's directory: give it the shared ones.
                Path dir = Files.createDirectories(temp.resolve("s" + seed));
                try (Stream<Path> shared = Files.list(temp)) {
                    for (Path f : shared.filter(Files::isRegularFile).toList()) {
                        Files.copy(f, dir.resolve(f.getFileName()));
                    }
                }
                for (int i = 0; i < STRUCTURED_PER_SEED + GARBLED_PER_SEED; i++) {
                    Random r = new Random(random.nextLong());
                    Case c = structured(pick(bases, r), r, baseValues);
                    if (i >= STRUCTURED_PER_SEED) {
                        c = new Case("garbled", YamlFuzz.garble(r.nextBoolean() ? c.text() : pick(bases, r), r), null, false);
                    }
                    boolean bytes = r.nextInt(8) == 0;
                    List<String> names = List.of("fuzz.yaml", "fuzz.yml", "fuzz", "fuzz é.yaml");
                    for (String name : names) {
                        Files.deleteIfExists(dir.resolve(name));
                    }
                    Path file = dir.resolve(pick(names, r));
                    Files.write(file, bytes ? YamlFuzz.damageBytes(c.text(), r) : c.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    Case fc = bytes ? new Case(c.description() + " (bytes damaged)", c.text(), null, false) : c;
                    runner.run("seed " + seed + ", case " + i + ": " + c.description() + "\n" + YamlFuzz.show(c.text()), problems, () -> check(fc, file));
                    cases++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "CostTableFuzzTest: %d cases in %.1f s: %d loaded, %d rejected%n", cases, (System.nanoTime() - start) / 1e9, loaded.get(),
                        rejected.get());
        assertTrue(problems.isEmpty(), problems::toString);
        assertTrue(loaded.get() > cases / 10 && rejected.get() > cases / 2, "loaded " + loaded + ", rejected " + rejected + " of " + cases);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private void check(Case c, Path file) {
        CostTable table;
        try {
            table = CostTable.load(file.toString());
        } catch (ConfigException e) {
            rejected.incrementAndGet();
            String rest = YamlFuzz.checkShape(e.getMessage(), file.toString(), problem -> {
                throw new AssertionError(problem);
            });
            if (c.blame() != null) {
                String key = rest.contains(": ") ? rest.substring(0, rest.indexOf(": ")) : rest;
                if (!c.blame().contains(key)) {
                    throw new AssertionError("the error does not name the changed key\nnames '" + key + "', changed: " + String.join(", ", new TreeSet<>(c.blame()))
                                    + "\nerror: " + e.getMessage());
                }
            }
            return;
        }
        if (c.mustFail()) {
            throw new AssertionError("the cost table loaded, but it is wrong whatever else it says");
        }
        loaded.incrementAndGet();
        exercise(table);
    }

    private static MachineConfig machine;

    private static synchronized MachineConfig machine() {
        if (machine == null) {
            try {
                machine = ConfigLoader.parse("topology: {kind: mesh, dimensions: [2, 2]}\ntiles: {sram_bytes: 2K}\n", "test", "small");
            } catch (ConfigException e) {
                throw new AssertionError(e);
            }
        }
        return machine;
    }

    /** A loaded table: every cost must be usable, and a small program must run with it in both GC modes. */
    private static void exercise(CostTable table) {
        for (Event e : Event.values()) {
            if (table.cycles(e) < 0 || table.cycles(e) > Category.COUNT * MAX_CYCLES) {
                throw new AssertionError("a loaded table makes an event cost " + table.cycles(e) + " cycles\n" + e + " in " + table.name());
            }
        }
        table.breakdown(table.calibrationMix());
        table.meanCycles(table.calibrationMix());
        for (GcMode gc : GcMode.values()) {
            ProgramModel model = new ProgramModel(new ProgramOptions(machine(), table, Placement.ROUND_ROBIN, Execution.MIGRATE_TO_DATA, gc, 7));
            model.setLiveness(live -> live.accept(0));
            int first = model.newObject(64);
            for (Event e : Event.values()) {
                if (e != Event.ALLOCATION) {
                    model.event(e);
                }
            }
            model.enterCall(first);
            model.access(first, 8, true);
            model.exitCall();
            model.beginParallel();
            for (int t = 0; t < 4; t++) {
                model.beginTask(first);
                model.access(model.newObject(32), 8, false);
                model.endTask();
            }
            model.endParallel();
            for (int i = 0; i < 100; i++) {
                model.newObject(128);
            }
            Summary s = model.finish();
            if (s.totalCycles() < 0) {
                throw new AssertionError("a run took " + s.totalCycles() + " cycles");
            }
            s.format();
        }
    }

    // ---- making cases -------------------------------------------------------------------------

    private static Case structured(String base, Random r, List<String> baseValues) {
        Mapping doc = YamlFuzz.parse(base);
        List<Place> places = YamlFuzz.places(doc);
        List<Place> leaves = places.stream().filter(p -> !(p.entry().value instanceof Mapping)).toList();
        List<Place> sections = places.stream().filter(p -> p.entry().value instanceof Mapping).toList();
        boolean hasBase = doc.get("base") != null;
        int roll = r.nextInt(100);
        String description;
        Set<String> blame;
        boolean mustFail;
        if (roll < 12) {
            // Another base: a preset, a file, a chain, a cycle, nothing that exists.
            Entry e = doc.get("base");
            if (e == null) {
                e = new Entry("base", "~");
                doc.entries.add(r.nextInt(doc.entries.size() + 1), e);
            }
            e.value = pick(baseValues, r);
            description = "base: " + e.value;
            blame = related("base");
            mustFail = invalid("base", (String) e.value);
        } else if (roll < 45) {
            Place p = pick(leaves, r);
            String raw;
            if (p.path().equals("base")) {
                raw = pick(baseValues, r);
            } else if (r.nextInt(3) == 0 || bounds(p.path()) == null) {
                raw = pick(YamlFuzz.WRONG, r);
            } else {
                raw = number(bounds(p.path()), r);
            }
            p.entry().value = raw;
            description = "set " + p.path() + " to " + raw;
            blame = related(p.path());
            mustFail = invalid(p.path(), raw);
        } else if (roll < 55) {
            Place p = pick(places, r);
            p.parent().entries.remove(p.entry());
            description = "removed " + p.path();
            blame = relatedTree(p);
            mustFail = !hasBase && (p.path().equals("events") || List.of("gc", "calls", "parallel").contains(p.path())
                            || p.path().matches("(gc|calls|parallel)\\.[a-z_]+"));
        } else if (roll < 70) {
            String section = r.nextInt(4) == 0 ? "" : pick(sections, r).path();
            Mapping target = section.isEmpty() ? doc : (Mapping) sectionMapping(doc, section);
            List<String> known = new ArrayList<>(allowed(section));
            if (known.isEmpty()) {
                known.add("x");
            }
            String key = switch (r.nextInt(6)) {
                case 0, 1, 2 -> YamlFuzz.misspell(pick(known, r), r);
                case 3 -> YamlFuzz.word(r);
                case 4 -> pick(List.of("remote_access", "REMOTE_ACCESS", "Dispatch", "call ", "1", "~"), r);
                default -> pick(Stream.concat(Stream.concat(TOP.stream(), CATEGORIES.stream()), EVENTS.stream()).toList(), r);
            };
            String path = section.isEmpty() ? key : section + "." + key;
            target.entries.add(r.nextInt(target.entries.size() + 1), new Entry(key.equals("call ") ? "\"call \"" : key,
                            pick(List.of("1", "0.5", "{dispatch: 1}", "abc", "~"), r)));
            description = "added " + path;
            mustFail = !allowed(section).contains(key) || target.entries.stream().filter(e -> e.key.equals(key)).count() > 1;
            if (mustFail) {
                blame = Set.of(path);
            } else {
                blame = new HashSet<>(related(path));
                blame.add(path + ".dispatch");
                for (String k : allowed(path)) {
                    blame.addAll(related(path + "." + k));
                }
            }
        } else if (roll < 78) {
            Place p = pick(places, r);
            List<Entry> entries = p.parent().entries;
            entries.add(entries.indexOf(p.entry()) + 1, new Entry(p.entry().key, YamlFuzz.copy(p.entry().value)));
            description = "gave " + p.path() + " twice";
            blame = Set.of(p.path());
            mustFail = true;
        } else if (roll < 86) {
            Place p = pick(sections, r);
            String raw = pick(YamlFuzz.WRONG, r);
            p.entry().value = raw;
            description = "replaced section " + p.path() + " by " + raw;
            blame = relatedTree(p);
            Node node = YamlFuzz.composeValue(raw);
            for (String key : YamlFuzz.mappingKeys(node)) {
                blame.add(p.path() + "." + key);
            }
            mustFail = !(node instanceof MappingNode);
        } else if (roll < 90) {
            String section = r.nextBoolean() ? "" : pick(sections, r).path();
            Mapping target = section.isEmpty() ? doc : (Mapping) sectionMapping(doc, section);
            target.entries.add(new Entry("? [a, b]", "1"));
            description = "a complex key in " + (section.isEmpty() ? "the top level" : section);
            blame = Set.of(section.isEmpty() ? "the cost table" : section);
            mustFail = true;
        } else {
            String root = pick(List.of("", "[]", "abc", "{}", "name: x", "description: only", "base: ~", "events: {}", "gc: {}"), r);
            return new Case("replaced the whole table by " + root, root + "\n", null, true);
        }
        String text = YamlFuzz.emit(doc);
        if (!YamlFuzz.composes(text)) {
            return new Case(description + " (not YAML)", text, null, true);
        }
        return new Case(description, text, blame, mustFail);
    }

    private static Object sectionMapping(Mapping doc, String path) {
        Object node = doc;
        for (String part : path.split("\\.")) {
            node = ((Mapping) node).get(part).value;
        }
        return node;
    }

    private static Set<String> relatedTree(Place p) {
        Set<String> all = new HashSet<>(related(p.path()));
        if (p.entry().value instanceof Mapping m) {
            for (Place child : YamlFuzz.places(m)) {
                all.addAll(related(p.path() + "." + child.path()));
            }
        }
        allowed(p.path()).forEach(k -> all.addAll(related(p.path() + "." + k)));
        return all;
    }

    private static String number(Bounds b, Random r) {
        BigInteger min = BigInteger.valueOf((long) b.min());
        BigInteger max = BigInteger.valueOf((long) b.max());
        return switch (r.nextInt(10)) {
            case 0 -> min.subtract(BigInteger.ONE).toString();
            case 1 -> min.toString();
            case 2 -> max.toString();
            case 3 -> max.add(BigInteger.ONE).toString();
            case 4 -> b.integer() ? "2.5" : String.valueOf(b.max() * 1.0001);
            case 5 -> pick(List.of(".nan", ".inf", "-.inf", "1e400", "9223372036854775807", "9223372036854775808", "-0", "0.0", "1e-400"), r);
            case 6 -> String.valueOf(b.min() == 0.01 ? 0.005 : -0.5);
            default -> b.integer() ? String.valueOf((long) (r.nextDouble() * Math.min(b.max(), 1e6))) : String.valueOf(b.min() + r.nextDouble() * (b.max() - b.min()));
        };
    }

    /** Whether {@code raw} is wrong for the key at {@code path} on its own. */
    private static boolean invalid(String path, String raw) {
        Node node = YamlFuzz.composeValue(raw);
        if (node == null || !(node instanceof ScalarNode s) || Tag.NULL.equals(node.getTag())) {
            return true;
        }
        if (path.equals("name") || path.equals("description")) {
            return false;
        }
        if (path.equals("base")) {
            return s.getValue().isEmpty() || !Set.of("cpython-like", "compiled", "good.yaml").contains(s.getValue()) && !s.getValue().endsWith("good.yaml");
        }
        Bounds b = bounds(path);
        if (b == null) {
            return false;
        }
        boolean isInt = Tag.INT.equals(s.getTag());
        if (b.integer() ? !isInt : !isInt && !Tag.FLOAT.equals(s.getTag())) {
            return true;
        }
        String v = s.getValue().replace("_", "");
        if (v.toLowerCase(Locale.ROOT).contains("nan") || v.toLowerCase(Locale.ROOT).contains("inf")) {
            return true;
        }
        if (!v.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
            return false; // hex, octal, sexagesimal: no opinion
        }
        double d = Double.parseDouble(v);
        return d < b.min() || d > b.max();
    }
}
