package org.tessera.machine.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.machine.config.YamlFuzz.pick;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.config.YamlFuzz;
import org.tessera.machine.config.YamlFuzz.Problems;
import org.tessera.machine.config.YamlFuzz.Runner;

/**
 * Fuzzes {@code tilesim}'s options and config files: from fixed seeds, a small run with one to three
 * options given random values (rates, ranges, sizes, patterns, windows, collectives, algorithms,
 * junk, edge numbers) and machine configs that are damaged files. Each run must end with status 0,
 * or status 2 and a first line {@code tilesim: ...} — never an internal error, a stack trace or a
 * hang (each run has a deadline). Values that ask for a long run on purpose (millions of cycles,
 * gigabytes) are not drawn: they are valid and slow, not wrong.
 */
class TilesimFuzzTest {
    private static final long[] SEEDS = {12, 13};
    private static final int CASES_PER_SEED = 200;

    @TempDir
    static Path dir;
    static Path small;
    static Path file;
    static List<String> configs = new ArrayList<>();

    @BeforeAll
    static void files() throws IOException {
        System.setProperty("java.awt.headless", "true");
        small = Files.writeString(dir.resolve("small.yaml"), "topology:\n  kind: mesh\n  dimensions: [4, 4]\n");
        file = Files.writeString(dir.resolve("a-file"), "x");
        configs.add(small.toString());
        configs.add(Files.writeString(dir.resolve("ring.yaml"), "topology: {kind: torus, dimensions: [6]}\nnetwork: {buffer_depth: 2}\n").toString());
        configs.add(Files.writeString(dir.resolve("odd.yaml"), "topology: {kind: mesh, dimensions: [3, 3]}\n").toString());
        configs.add(Files.writeString(dir.resolve("xbar.yaml"), "topology: {kind: exchange, tiles: 5}\nnetwork: {flow_control: virtual_cut_through, buffer_depth: 8}\n").toString());
        Random r = new Random(14);
        for (int i = 0; i < 12; i++) {
            Path f = dir.resolve("fuzz-" + i + ".yaml");
            Files.write(f, YamlFuzz.damageBytes(YamlFuzz.garble("topology:\n  kind: mesh\n  dimensions: [4, 4]\nnetwork: {buffer_depth: 8}\n", r), r));
            configs.add(f.toString());
        }
        configs.add("mesh-8x8");
        configs.add("mesh-9x9");
        configs.add(dir.toString());
        configs.add("");
    }

    /** Values for each option, valid and not. */
    private static final Map<String, List<String>> VALUES = Map.ofEntries(
                    Map.entry("--rate", List.of("0.01", "0", "-0.1", "abc", "0.05,0.1", "0.05:0.15:0.05", "0.1:0.05:0.01", "0.1:0.2:0", "0.000001:1:0.000001",
                                    "1e999999999", "1e-999999999", "1e999999999:1e999999999:1e-999999999", "0:1e-999999999:1e-999999999", "NaN", "Infinity",
                                    "", ",", "0.1,", "1:2", "100", "0x1", " 0.02 ", "1E+2147483647", "1e-2147483648")),
                    Map.entry("--packet-bytes", List.of("0", "1", "8", "64", "65", "1K", "-1", "abc", "99999999999999999999", "1.5K", "", "8B", "16M")),
                    Map.entry("--cycles", List.of("2", "1", "0", "-5", "abc", "300", "1e3", "99999999999999999999", "", "1000")),
                    Map.entry("--seed", List.of("1", "-1", "abc", "9223372036854775807", "9223372036854775808", "0x10", "")),
                    Map.entry("--pattern", List.of("uniform", "transpose", "bit-complement", "bit-reverse", "shuffle", "tornado", "hotspot", "hotspot:0.5",
                                    "hotspot:0.5@3", "hotspot:2@3", "hotspot:0.5@99999", "hotspot:-1", "hotspot:NaN@1", "neighbour", "nope", "", "hotspot:",
                                    "hotspot:0.5@", "hotspot:@3", "hotspot:0.5@-1", "hotspot:1e999@1", "HOTSPOT:0.5", "hotspot:0.5@3@4", "uniform ")),
                    Map.entry("--trace-window", List.of("5:3", ":", "0:", "-1:5", "a:b", "9223372036854775807:", "0:9223372036854775807", "100:200", "1:2:3", "")),
                    Map.entry("--trace-max-events", List.of("0", "-1", "1", "abc", "200000", "2147483648")),
                    Map.entry("--collective", List.of("barrier", "broadcast", "reduce", "all-reduce", "scatter", "gather", "all-gather", "reduce-scatter",
                                    "all_reduce", "ALL-REDUCE", "nope", "")),
                    Map.entry("--bytes", List.of("0", "7", "8", "64", "1K", "64K", "-1", "abc", "99999999999999G", "")),
                    Map.entry("--algorithm", List.of("ring", "tree", "recursive-doubling", "rabenseifner", "RING", "nope", "")));

    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    @Test
    void everyRunEndsWellOrWithAOneLineUsageError() {
        Problems problems = new Problems();
        int cases = 0;
        long start = System.nanoTime();
        try (Runner runner = new Runner(10_000)) {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                for (int i = 0; i < CASES_PER_SEED; i++) {
                    List<String> args = arguments(new Random(random.nextLong()));
                    runner.run("seed " + seed + ", case " + i + ": tilesim " + String.join(" ", args.stream().map(a -> "'" + a + "'").toList()), problems,
                                    () -> check(args));
                    cases++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "TilesimFuzzTest: %d runs in %.1f s: %d ran, %d refused%n", cases, (System.nanoTime() - start) / 1e9, ok.get(),
                        refused.get());
        assertTrue(problems.isEmpty(), problems::toString);
        assertTrue(ok.get() > cases / 10 && refused.get() > cases / 3, "ran " + ok + ", refused " + refused + " of " + cases);
    }

    private static List<String> arguments(Random r) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--config", r.nextInt(3) == 0 ? pick(configs, r) : small.toString());
        boolean collective = r.nextInt(3) == 0;
        if (collective) {
            options.put("--collective", pick(VALUES.get("--collective"), r));
        } else {
            options.put("--cycles", "300");
            options.put("--rate", "0.02");
        }
        // Mostly options of the run's kind (others are refused for that alone), now and then any.
        List<String> kind = collective ? List.of("--bytes", "--algorithm", "--trace-window", "--trace-max-events")
                        : List.of("--rate", "--packet-bytes", "--cycles", "--seed", "--pattern", "--trace-window", "--trace-max-events");
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            String option = pick(r.nextInt(8) == 0 ? List.copyOf(VALUES.keySet()).stream().sorted().toList() : kind, r);
            String value = pick(VALUES.get(option), r);
            if (option.equals("--cycles") && (collective || !value.matches("\\d{1,4}"))) {
                continue; // a long run is slow, not wrong
            }
            options.put(option, value);
            if (option.startsWith("--trace-") && r.nextInt(4) != 0) {
                options.put("--trace", r.nextInt(4) == 0 ? file.resolve("below.json").toString() : dir.resolve("t" + r.nextInt(1000) + ".json").toString());
            }
        }
        List<String> args = new ArrayList<>();
        options.forEach((k, v) -> args.addAll(List.of(k, v)));
        if (r.nextInt(8) == 0) {
            args.add(pick(List.of("--json", "--speed", "--rat", "-x", "--config=", "--csv=" + dir.resolve("csv"), "--csv=" + file), r));
        }
        return args;
    }

    private void check(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Tilesim.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String e = err.toString();
        String first = e.lines().findFirst().orElse("");
        if (e.contains("\tat ") || e.contains("Exception") || e.contains("internal error")) {
            throw new AssertionError("an internal error or stack trace\n" + e);
        }
        switch (status) {
            case 0 -> ok.incrementAndGet();
            case 2 -> {
                refused.incrementAndGet();
                if (!first.startsWith("tilesim: ") || first.length() > 600) {
                    throw new AssertionError("a usage error that is not one line 'tilesim: ...'\n" + e);
                }
            }
            case 1 -> {
                // Only an output that cannot be written (a file where a directory must go).
                if (!first.startsWith("tilesim: cannot write")) {
                    throw new AssertionError("status 1\n" + e);
                }
                refused.incrementAndGet();
            }
            default -> throw new AssertionError("status " + status + "\n" + e);
        }
    }
}
