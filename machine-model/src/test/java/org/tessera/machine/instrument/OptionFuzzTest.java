package org.tessera.machine.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.machine.config.YamlFuzz.pick;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.graalvm.options.OptionDescriptor;
import org.graalvm.options.OptionType;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.config.Presets;
import org.tessera.machine.config.YamlFuzz;
import org.tessera.machine.config.YamlFuzz.Problems;
import org.tessera.machine.config.YamlFuzz.Runner;
import org.tessera.machine.program.CachePolicy;
import org.tessera.machine.program.CostTable;
import org.tessera.machine.program.Execution;
import org.tessera.machine.program.GcMode;
import org.tessera.machine.program.Offload;
import org.tessera.machine.program.MemorySystem;
import org.tessera.machine.program.Placement;

/**
 * Fuzzes the values of every {@code --tilemachine.*} option the instrument declares (found from its
 * option descriptors, so a new option is fuzzed too): random and edge-case strings, misspelt
 * choices, numbers out of range, paths that are no paths, and machine configs and cost tables
 * given as files that are damaged. A value is either accepted (then, for choices and numbers, it
 * must be one the option documents) or refused with an IllegalArgumentException, the error type
 * of option values, whose one-line message starts with the option's name: through the polyglot
 * engine an embedder sees only that message. A sample goes through a real {@link Engine}, some of
 * them with the instrument enabled, where closing the engine writes the report and trace.
 */
class OptionFuzzTest {
    private static final long[] SEEDS = {8, 9};
    private static final int CASES_PER_KEY_AND_SEED = 150;
    private static final int ENGINE_CASES = 120;
    private static final int ENABLED_ENGINE_CASES = 8;

    @TempDir
    Path temp;

    private static final List<String> GENERIC = List.of("", " ", "\t", "true", "false", "TRUE", " false", "0", "-1", "1", "-0", "+5", "007", "2147483647",
                    "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1e3", "1.5",
                    "NaN", "Infinity", "0x10", "#10", "１２", "12 ", " 12", "1_000", "a\nb", "a\u0000b", "\u0000", "x".repeat(5000), "é", "🙂", "\uD800",
                    "mesh-8x8", "cpython-like", "local", "round_robin", "ROUND-ROBIN", " hash ", "first touch", "migrate_to_data", "Migrate-To-Data", "hardware",
                    "soft", "/", ".", "..", "/dev/null", "/proc/self/status", "/nonexistent/dir/file", "~", "$HOME", "../../etc/passwd", "C:\\x", "a:b",
                    "*", "--tilemachine", "tilemachine.Seed=3");

    private static final Set<String> CHOICE_KEYS = Set.of("tilemachine.Placement", "tilemachine.Execution", "tilemachine.GC", "tilemachine.Memory",
                    "tilemachine.CachePolicy");

    private record Value(String text, String description) {
    }

    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    @Test
    void everyOptionValueIsAcceptedOrRefusedWithAnErrorNamingTheOption() throws IOException {
        List<OptionDescriptor> descriptors = new ArrayList<>();
        new TileMachineInstrumentOptionDescriptors().forEach(descriptors::add);
        Set<String> names = descriptors.stream().map(OptionDescriptor::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("tilemachine", "tilemachine.Config", "tilemachine.Costs", "tilemachine.Execution", "tilemachine.GC",
                        "tilemachine.Placement", "tilemachine.Report", "tilemachine.Seed", "tilemachine.Tiles", "tilemachine.Trace", "tilemachine.Stats",
                        "tilemachine.SmartCache", "tilemachine.SmartCacheHitCost", "tilemachine.Nursery",
                        "tilemachine.Offload", "tilemachine.OffloadThreshold", "tilemachine.HostClock", "tilemachine.HostSpeedup", "tilemachine.HostCosts",
                        "tilemachine.LinkLatency", "tilemachine.LinkBandwidth",

                        "tilemachine.Memory", "tilemachine.MemoryTiles", "tilemachine.CacheBytes", "tilemachine.CachePolicy", "tilemachine.CacheLookupCycles")), names,
                        "the options changed: fuzz the new ones' values here");
        Files.createFile(temp.resolve("a-file"));
        Files.createDirectories(temp.resolve("a-dir"));
        List<String> configs = configFiles();
        List<String> costs = costFiles();

        Problems problems = new Problems();
        List<String[]> engineCases = new ArrayList<>();
        int cases = 0;
        long start = System.nanoTime();
        try (Runner runner = new Runner(10_000)) {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                for (OptionDescriptor d : descriptors) {
                    for (int i = 0; i < CASES_PER_KEY_AND_SEED; i++) {
                        Value v = value(d.getName(), random, configs, costs);
                        runner.run("seed " + seed + ", " + d.getName() + "=" + YamlFuzz.show(v.text()) + " (" + v.description() + ")", problems,
                                        () -> convert(d, v.text()));
                        cases++;
                        if (random.nextInt(descriptors.size() * CASES_PER_KEY_AND_SEED * SEEDS.length / ENGINE_CASES) == 0) {
                            engineCases.add(new String[]{d.getName(), v.text()});
                        }
                    }
                }
            }
            // Through the engine, as an embedder's Context.Builder.option or the launcher gives them.
            for (String[] c : engineCases) {
                runner.run("engine: " + c[0] + "=" + YamlFuzz.show(c[1]), problems, () -> engine(c[0], c[1]));
                cases++;
            }
            Random random = new Random(10);
            for (int i = 0; i < ENABLED_ENGINE_CASES; i++) {
                Path report = temp.resolve("report-" + i);
                Path trace = temp.resolve("trace-" + i + ".json");
                String config = i % 2 == 0 ? "mesh-8x8" : pick(configs.stream().filter(f -> f.contains("good")).toList(), random);
                String[] options = {"tilemachine", "true", "tilemachine.Config", config, "tilemachine.Report", report.toString(), "tilemachine.Trace",
                                trace.toString(), "tilemachine.Tiles", String.valueOf(random.nextInt(100)), "tilemachine.Placement",
                                pick(List.of(Placement.values()), random).spelling(), "tilemachine.GC", pick(List.of(GcMode.values()), random).spelling(),
                                "tilemachine.Execution", pick(List.of(Execution.values()), random).spelling(), "tilemachine.Costs",
                                pick(CostTable.presets(), random), "tilemachine.Seed", String.valueOf(random.nextLong()), "tilemachine.SmartCache",
                                String.valueOf(random.nextInt(3) * 64), "tilemachine.Memory",
                                pick(List.of(MemorySystem.values()), random).spelling()};
                runner.run("enabled engine " + String.join(" ", options), problems, () -> {
                    enabledEngine(options);
                    if (!Files.isRegularFile(report.resolve("summary.json")) || !Files.isRegularFile(trace)) {
                        throw new AssertionError("no report or trace was written");
                    }
                });
                cases++;
            }
        }
        System.out.printf(Locale.ROOT, "OptionFuzzTest: %d cases (%d through an engine) in %.1f s: %d accepted, %d refused%n", cases,
                        engineCases.size() + ENABLED_ENGINE_CASES, (System.nanoTime() - start) / 1e9, accepted.get(), refused.get());
        assertTrue(problems.isEmpty(), problems::toString);
        assertTrue(accepted.get() > cases / 10 && refused.get() > cases / 3, "accepted " + accepted + ", refused " + refused + " of " + cases);
    }

    /** One value through the option's type, as the engine and the launcher convert it. */
    @SuppressWarnings("unchecked")
    private void convert(OptionDescriptor d, String text) {
        OptionType<Object> type = (OptionType<Object>) d.getKey().getType();
        Object value;
        try {
            value = type.convert(text);
            type.validate(value);
        } catch (IllegalArgumentException e) {
            refused.incrementAndGet();
            if (e.getClass() != IllegalArgumentException.class) {
                throw new AssertionError("a value is refused with a " + e.getClass().getName() + ", not an IllegalArgumentException\n" + e.getMessage());
            }
            checkMessage(d.getName(), e.getMessage());
            if (mustAccept(d.getName(), text)) {
                throw new AssertionError("a documented value is refused\n" + e.getMessage());
            }
            return;
        }
        accepted.incrementAndGet();
        if (value == null) {
            throw new AssertionError("a value converts to null");
        }
        if (mustRefuse(d.getName(), text)) {
            throw new AssertionError("an undocumented value is accepted\nas " + value);
        }
    }

    private static void checkMessage(String option, String message) {
        YamlFuzz.checkShape(message, option, problem -> {
            throw new AssertionError(problem);
        });
        if (!message.startsWith(option + ": ")) {
            throw new AssertionError("the error does not start with the option's name\n" + message);
        }
    }

    private static String normal(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> spellings(String option) {
        return switch (option) {
            case "tilemachine.Placement" -> Arrays.stream(Placement.values()).map(Placement::spelling).toList();
            case "tilemachine.Execution" -> Arrays.stream(Execution.values()).map(Execution::spelling).toList();
            case "tilemachine.GC" -> Arrays.stream(GcMode.values()).map(GcMode::spelling).toList();
            case "tilemachine.Offload" -> Arrays.stream(Offload.values()).map(Offload::spelling).toList();
            case "tilemachine.Memory" -> Arrays.stream(MemorySystem.values()).map(MemorySystem::spelling).toList();
            case "tilemachine.CachePolicy" -> Arrays.stream(CachePolicy.values()).map(CachePolicy::spelling).toList();
            default -> List.of();
        };
    }

    /** Values the option's help promises to take. */
    private static boolean mustAccept(String option, String text) {
        return switch (option) {
            case "tilemachine" -> text.equals("true") || text.equals("false");
            case "tilemachine.Placement", "tilemachine.Execution", "tilemachine.GC", "tilemachine.Offload", "tilemachine.Memory", "tilemachine.CachePolicy" ->
                spellings(option).contains(normal(text));
            case "tilemachine.Tiles", "tilemachine.CacheBytes", "tilemachine.CacheLookupCycles" -> text.matches("[0-9]{1,9}");
            case "tilemachine.MemoryTiles" -> text.matches("[2-9]|[1-9][0-9]{1,8}");
            case "tilemachine.OffloadThreshold" -> text.matches("[0-9]{1,18}");
            case "tilemachine.HostClock", "tilemachine.HostSpeedup" -> text.matches("[1-9][0-9]{0,5}(\\.[0-9]{1,3})?");
            case "tilemachine.LinkLatency" -> text.matches("[0-9]{1,6}(\\.[0-9]{1,3})?(ps|ns|us|µs|ms)?");
            case "tilemachine.LinkBandwidth" -> text.matches("[1-9][0-9]{0,5}(\\.[0-9]{1,3})?(B/s|KB/s|MB/s|GB/s)?");
            case "tilemachine.HostCosts" -> CostTable.presets().contains(text);
            case "tilemachine.Seed" -> text.matches("-?[0-9]{1,18}");
            case "tilemachine.Config" -> Presets.names().contains(text);
            case "tilemachine.Costs" -> CostTable.presets().contains(text);
            case "tilemachine.Report", "tilemachine.Trace", "tilemachine.Stats" -> text.isEmpty();
            case "tilemachine.SmartCache" -> text.matches("[0-9]{1,6}") && Integer.parseInt(text) <= 1 << 20;
            case "tilemachine.SmartCacheHitCost" -> text.matches("0|1|0\\.[0-9]{1,6}");
            case "tilemachine.Nursery" -> text.matches("[0-9]{1,9}(|KiB|MiB|K|M)");
            default -> false;
        };
    }

    /** Values no option's help allows. */
    private static boolean mustRefuse(String option, String text) {
        return switch (option) {
            case "tilemachine" -> !text.equals("true") && !text.equals("false");
            case "tilemachine.Placement", "tilemachine.Execution", "tilemachine.GC", "tilemachine.Offload", "tilemachine.Memory", "tilemachine.CachePolicy" ->
                !spellings(option).contains(normal(text));
            case "tilemachine.OffloadThreshold" -> text.isBlank() || text.trim().startsWith("-") && !text.trim().matches("-0+") || text.trim().matches("(?s).*[\\s.a-zA-Z].*");
            case "tilemachine.HostClock", "tilemachine.HostSpeedup", "tilemachine.LinkBandwidth" -> text.isBlank() || text.trim().startsWith("-");
            case "tilemachine.LinkLatency" -> text.isBlank() || text.trim().matches("-[0-9]*[1-9].*");
            case "tilemachine.CacheBytes" -> text.isBlank() || text.trim().startsWith("-") || text.trim().matches("(?s).*[.].*");
            case "tilemachine.MemoryTiles", "tilemachine.CacheLookupCycles" -> text.trim().startsWith("-") && !text.trim().matches("-0+") || text.isBlank()
                            || text.trim().matches("(?s).*[\\s.].*");
            // Both trim the value, as the launcher may leave spaces around it.
            case "tilemachine.Tiles" -> text.trim().startsWith("-") && !text.trim().matches("-0+") || text.isBlank() || text.trim().matches("(?s).*[\\s.].*");
            case "tilemachine.Seed" -> text.isBlank() || text.trim().matches("(?s).*[\\s.a-zA-Z].*");
            case "tilemachine.Report", "tilemachine.Trace", "tilemachine.Stats" -> text.contains("\u0000");
            case "tilemachine.SmartCache" -> text.trim().startsWith("-") && !text.trim().matches("-0+") || text.isBlank() || text.trim().matches("(?s).*[\\s.].*")
                            || text.trim().matches("\\+?[1-9][0-9]{7,}");
            case "tilemachine.SmartCacheHitCost" -> text.isBlank() || text.trim().matches("-0*[1-9][0-9]*(\\.[0-9]*)?|0*[2-9][0-9]*(\\.[0-9]*)?|0*1\\.0*[1-9][0-9]*|NaN|-?Infinity");
            case "tilemachine.Nursery" -> text.isBlank() || text.trim().startsWith("-") || text.trim().matches("(?s).*[.].*");
            default -> false;
        };
    }

    private void engine(String option, String text) {
        try (Engine e = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").option(option, text).out(OutputStream.nullOutputStream())
                        .err(OutputStream.nullOutputStream()).build()) {
            accepted.incrementAndGet();
        } catch (IllegalArgumentException e) {
            refused.incrementAndGet();
            checkMessage(option, e.getMessage());
        }
    }

    private static void enabledEngine(String[] options) {
        Engine.Builder b = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").out(OutputStream.nullOutputStream())
                        .err(OutputStream.nullOutputStream());
        for (int i = 0; i < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        try (Engine e = b.build()) {
            e.getInstruments().get(TileMachineInstrument.ID).lookup(java.util.function.IntSupplier.class);
        }
    }

    // ---- values -------------------------------------------------------------------------------

    private Value value(String option, Random r, List<String> configs, List<String> costs) {
        String base;
        String description;
        int roll = r.nextInt(10);
        if (roll < 3) {
            base = pick(GENERIC, r);
            description = "generic";
        } else {
            description = "for the option";
            base = switch (option) {
                case "tilemachine" -> pick(List.of("true", "false", "yes", "1", "on", "True", ""), r);
                case "tilemachine.Config" -> roll < 6 ? pick(configs, r) : pick(Presets.names(), r);
                case "tilemachine.Costs", "tilemachine.HostCosts" -> roll < 6 ? pick(costs, r) : pick(CostTable.presets(), r);
                case "tilemachine.Placement", "tilemachine.Execution", "tilemachine.GC", "tilemachine.Offload", "tilemachine.Memory", "tilemachine.CachePolicy" ->
                    pick(spellings(option), r);
                case "tilemachine.OffloadThreshold" -> pick(List.of("0", "1", "1000", "-1", "1e3", "2147483648", "9223372036854775807", "9223372036854775808"), r);
                case "tilemachine.HostClock", "tilemachine.HostSpeedup" -> pick(List.of("2600", "1000", "4.8", "1", "0", "-5", "0.0001", "1e400", "NaN", "Infinity"), r);
                case "tilemachine.LinkLatency" -> pick(List.of("500", "500ns", "0.5us", "2 µs", "1ms", "100ps", "0", "-1ns", "1.0005ps", "1e3ns", "5 s",
                                "99999999999999ms"), r);
                case "tilemachine.LinkBandwidth" -> pick(List.of("16GB/s", "31.5GB/s", "4 GB/s", "100MB/s", "1000", "0GB/s", "-4GB/s", "0.0000001B/s",
                                "16GB", "16 Gb/s", "99999999999GB/s"), r);
                case "tilemachine.MemoryTiles", "tilemachine.CacheLookupCycles" -> pick(List.of("0", "1", "2", "3", "8", "64", "-1", "2147483647", "2147483648"), r);
                case "tilemachine.CacheBytes" -> pick(List.of("0", "4096", "16KiB", "64K", "1M", "1G", "-1", "16 KiB", "9223372036854775807", "1000000000000000"), r);
                case "tilemachine.Tiles", "tilemachine.Seed" -> pick(List.of("0", "1", "64", "65", "1472", "4096", "-1", "2147483647", "2147483648",
                                "9223372036854775807", "9223372036854775808", "-9223372036854775808", String.valueOf(r.nextInt()), String.valueOf(r.nextLong())), r);
                case "tilemachine.SmartCache" -> pick(List.of("0", "1", "8", "4096", "65536", "1048576", "1048577", "-1", "-0", "2147483648"), r);
                case "tilemachine.SmartCacheHitCost" -> pick(List.of("0", "0.2", "1", "1.0", "0.999", "1.5", "-0.1", "2", "NaN", "1e-3", ".5"), r);
                case "tilemachine.Nursery" -> pick(List.of("0", "8KiB", "8K", "1MiB", "4096", "64kb", "1.5KiB", "-8KiB", "8 KiB", "8KB", "8XiB",
                                "999999999999999G", String.valueOf(r.nextInt(1 << 20))), r);
                case "tilemachine.Report", "tilemachine.Trace", "tilemachine.Stats" -> pick(List.of("", temp.resolve("out").toString(), temp.resolve("a-file").toString(),
                                temp.resolve("a-dir").toString(), "/nonexistent/x", "/proc/x", "rel/ative", "a\u0000b", "/dev/null", temp + "/a-file/below"), r);
                default -> pick(GENERIC, r);
            };
        }
        if (r.nextInt(3) == 0) {
            description += ", changed";
            base = switch (r.nextInt(8)) {
                case 0 -> base.toUpperCase(Locale.ROOT);
                case 1 -> " " + base + " ";
                case 2 -> YamlFuzz.misspell(base, r);
                case 3 -> base + base;
                case 4 -> base.isEmpty() ? base : base.substring(0, r.nextInt(base.length()));
                case 5 -> base + pick(List.of("\n", "\u0000", "=", ";", " ", "é"), r);
                case 6 -> base.replace('-', '_');
                default -> "-" + base;
            };
        }
        return new Value(base, description);
    }

    private static final String SMALL = "name: small\ntopology: {kind: mesh, dimensions: [2, 2]}\ntiles: {sram_bytes: 4K}\n";

    /** Machine configs as files: good, garbled, damaged bytes, too large a model, not a file. */
    private List<String> configFiles() throws IOException {
        Random r = new Random(11);
        List<String> files = new ArrayList<>();
        files.add(Files.writeString(temp.resolve("good-config.yaml"), SMALL).toString());
        files.add(Files.writeString(temp.resolve("huge.yaml"), "topology: {kind: mesh, dimensions: [4096, 4096]}\nnetwork: {buffer_depth: 65536}\n").toString());
        files.add(Files.writeString(temp.resolve("empty.yaml"), "").toString());
        files.add(temp.resolve("a-dir").toString());
        files.add(temp.resolve("missing.yaml").toString());
        for (int i = 0; i < 30; i++) {
            Path f = temp.resolve("config-" + i + ".yaml");
            String text = YamlFuzz.garble(pick(List.of(SMALL, "topology: {kind: torus, dimensions: [4, 4]}\nnetwork: {virtual_channels: 4}\n"), r), r);
            Files.write(f, r.nextInt(4) == 0 ? YamlFuzz.damageBytes(text, r) : text.getBytes(StandardCharsets.UTF_8));
            files.add(f.toString());
        }
        return files;
    }

    private List<String> costFiles() throws IOException {
        Random r = new Random(12);
        List<String> files = new ArrayList<>();
        String good = "base: cpython-like\nscale: {dispatch: 0.5}\nevents:\n  call: {useful_work: 10}\n";
        files.add(Files.writeString(temp.resolve("good-costs.yaml"), good).toString());
        files.add(Files.writeString(temp.resolve("self.yaml"), "base: self.yaml\n").toString());
        for (int i = 0; i < 30; i++) {
            Path f = temp.resolve("costs-" + i + ".yaml");
            String text = YamlFuzz.garble(good, r);
            Files.write(f, r.nextInt(4) == 0 ? YamlFuzz.damageBytes(text, r) : text.getBytes(StandardCharsets.UTF_8));
            files.add(f.toString());
        }
        return new ArrayList<>(new HashSet<>(files)).stream().sorted().toList();
    }
}
