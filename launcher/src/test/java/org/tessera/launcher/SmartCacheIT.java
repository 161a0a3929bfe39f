package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tilemachine.SmartCache} end to end: the lookups and writes the instrument reports for
 * small Python programs (tests/tilemachine/smart_cache_*.py), counted by hand.
 *
 * <p>smart_cache_reads.py looks up 25 names (global reads: {@code reads}, {@code alternate} and
 * {@code print} at module level; {@code range} and ten {@code K} in reads(); {@code range}, five
 * {@code A} and five {@code B} in alternate()): 7 distinct, so with room for all of them 7 misses and
 * 18 hits, each saving 22 of a global read's 27 name-resolution cycles (cpython-like, a hit costing
 * round(0.2 × 27) = 5). With one entry only consecutive reads of the same name hit: the nine
 * repeated K reads (the alternating A and B never).
 */
class SmartCacheIT {
    private static final Path PROGRAMS = TestSupport.repositoryRoot().resolve("tests/tilemachine");

    @TempDir
    Path temp;

    private record Run(String json, String stderr) {
    }

    private Run run(String program, String... options) throws IOException, InterruptedException {
        Path stats = Files.createTempFile(temp, "stats", ".json");
        List<String> args = new ArrayList<>(List.of("--tilemachine", "--tilemachine.Stats=" + stats));
        args.addAll(List.of(options));
        args.add(PROGRAMS.resolve(program).toString());
        CommandLine.Result r = CommandLine.tessera(args.toArray(String[]::new));
        assertEquals(0, r.status(), () -> program + ": " + r.stderr());
        return new Run(Files.readString(stats), r.stderr());
    }

    /** A count of the smart cache's row for {@code category} in summary.json. */
    private static long count(String json, String category, String key) {
        int section = json.indexOf("\"smart_cache\"");
        assertTrue(section >= 0, json);
        Matcher m = Pattern.compile("\"category\"\\s*:\\s*\"" + category + "\"[^}]*?\"" + key + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(section), () -> category + "." + key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static long totalCycles(String json) {
        Matcher m = Pattern.compile("\"total_cycles\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void readsWithoutWritesHitAsCountedByHand() throws Exception {
        Run off = run("smart_cache_reads.py");
        Run on = run("smart_cache_reads.py", "--tilemachine.SmartCache=64");
        assertEquals(25, count(on.json(), "name_resolution", "lookups"));
        assertEquals(7, count(on.json(), "name_resolution", "misses"));
        assertEquals(18, count(on.json(), "name_resolution", "hits"));
        assertEquals(0, count(on.json(), "name_resolution", "invalidations"));
        assertEquals(0, count(on.json(), "function_resolution", "invalidations"));
        assertEquals(18 * 22, count(on.json(), "name_resolution", "saved_cycles"));
        long saved = count(on.json(), "name_resolution", "saved_cycles") + count(on.json(), "function_resolution", "saved_cycles");
        assertEquals(saved, totalCycles(off.json()) - totalCycles(on.json()), "the run is shorter by what the cache saved, no more");
        assertTrue(on.stderr().contains("smart cache     64 entries per tile"), on.stderr());
    }

    @Test
    void oneEntryAndAlternatingNamesNeverHit() throws Exception {
        Run on = run("smart_cache_reads.py", "--tilemachine.SmartCache=1");
        assertEquals(9, count(on.json(), "name_resolution", "hits"), "only the repeated K reads");
        assertEquals(0, count(on.json(), "function_resolution", "hits"));
    }

    @Test
    void everyWriteOfAGlobalJustReadInvalidatesItAndTheNextReadMisses() throws Exception {
        Run on = run("smart_cache_writes.py", "--tilemachine.SmartCache=64");
        // bump, range, print, ten K reads in the loop and one after: K's entry is refilled by each
        // read and invalidated by the write that follows it, so no lookup hits.
        assertEquals(14, count(on.json(), "name_resolution", "lookups"));
        assertEquals(10, count(on.json(), "name_resolution", "invalidations"));
        assertEquals(0, count(on.json(), "name_resolution", "hits"));
    }

    @Test
    void offLeavesEveryOutputAsItWas() throws Exception {
        for (String program : List.of("smart_cache_reads.py", "smart_cache_writes.py", "methods.py")) {
            Run plain = run(program);
            Run off = run(program, "--tilemachine.SmartCache=0");
            assertEquals(plain.json(), off.json(), program);
            assertEquals(plain.stderr(), off.stderr(), program);
            assertFalse(off.json().contains("smart_cache"), program);
            Run on = run(program, "--tilemachine.SmartCache=256");
            assertNotEquals(plain.json(), on.json(), program);
        }
    }

    @Test
    void badSizesAreOneLineErrors() throws Exception {
        for (String option : List.of("--tilemachine.SmartCache=-1", "--tilemachine.SmartCache=lots", "--tilemachine.SmartCacheHitCost=2")) {
            CommandLine.Result r = CommandLine.tessera("--tilemachine", option, "-c", "print('started')");
            assertNotEquals(0, r.status(), option);
            assertFalse(r.stdout().contains("started"), option);
            String err = r.stderr().strip();
            assertEquals(1, err.lines().count(), option + ": " + err);
            assertTrue(err.contains(option.substring(2, option.indexOf('='))), err);
        }
    }
}
