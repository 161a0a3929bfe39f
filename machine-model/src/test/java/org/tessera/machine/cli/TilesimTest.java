package org.tessera.machine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.stats.SmallRuns;
import org.tessera.machine.traffic.OpenLoop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TilesimTest {
    @TempDir
    static Path dir;
    static Path config;

    @BeforeAll
    static void smallMachine() throws IOException {
        System.setProperty("java.awt.headless", "true");
        config = dir.resolve("small.yaml");
        Files.writeString(config, "topology:\n  kind: mesh\n  dimensions: [4, 4]\n");
    }

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome tilesim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Tilesim.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(status, out.toString(), err.toString());
    }

    private static Outcome small(String... more) {
        List<String> args = new ArrayList<>(List.of("--config", config.toString(), "--cycles", "2000"));
        args.addAll(List.of(more));
        return tilesim(args.toArray(String[]::new));
    }

    private static void assertNoStackTrace(Outcome o) {
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception:"), "no stack trace: " + o.err());
    }

    @Test
    void printsATableWithARowPerRate() {
        Outcome o = small("--rate", "0.1:0.3:0.1");
        assertEquals(0, o.status(), o.err());
        assertEquals("", o.err());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.get(0).startsWith("tilesim: small (4×4 mesh, 16 tiles, 1000 MHz)"), lines.get(0));
        int header = lines.indexOf(Tables.HEADER);
        assertTrue(header > 0, o.out());
        List<String> rows = lines.subList(header + 1, lines.size());
        assertEquals(3, rows.size(), o.out());
        assertTrue(rows.get(0).trim().startsWith("0.100 "), rows.get(0));
        assertTrue(rows.get(2).trim().startsWith("0.300 "), rows.get(2));
        assertTrue(rows.get(0).endsWith("no"), rows.get(0));
    }

    @Test
    void jsonParsesAndMatchesAnOpenLoopRun() throws IOException {
        Outcome o = small("--rate", "0.15,0.25", "--seed", "5", "--json");
        assertEquals(0, o.status(), o.err());
        JsonNode root = new ObjectMapper().readTree(o.out());
        assertEquals("small", root.get("machine").get("config").asText());
        assertEquals(2, root.get("points").size());
        // The progress events tilesim schedules do not change what is measured.
        OpenLoop.Result direct = OpenLoop.run(SmallRuns.machine("small", Files.readString(config)), "uniform", 0.25, 8, OpenLoop.Phases.of(2000), 5);
        JsonNode point = root.get("points").get(1);
        assertEquals(direct.p99Latency(), point.get("latency").get("p99").asLong());
        assertEquals(direct.packetsMeasured(), point.get("packets").asLong());
        assertEquals(direct.cycles(), point.get("end_cycle").asLong());
        assertEquals(direct.accepted(), point.get("accepted").asDouble(), 1e-5);
    }

    @Test
    void theSameSeedGivesTheSameFiles() throws IOException {
        for (String run : List.of("a", "b")) {
            Outcome o = small("--rate", "0.1,0.3", "--json", "--csv", dir.resolve(run).toString(), "--trace", dir.resolve(run + "/trace.json").toString());
            assertEquals(0, o.status(), o.err());
            Files.writeString(dir.resolve(run + "/stdout.json"), o.out());
        }
        List<String> files;
        try (Stream<Path> listing = Files.list(dir.resolve("a"))) {
            files = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("latency_histogram.csv", "links.csv", "routers.csv", "stdout.json", "sweep.csv", "tiles.csv", "trace.json"), files);
        for (String file : files) {
            assertEquals(Files.readString(dir.resolve("a/" + file)), Files.readString(dir.resolve("b/" + file)), file);
        }
        JsonNode trace = new ObjectMapper().readTree(dir.resolve("a/trace.json").toFile());
        assertTrue(trace.get("traceEvents").isArray());
    }

    @Test
    void runsACollectiveAndTracesItsMessages() throws IOException {
        List<String> traces = new ArrayList<>();
        for (String run : List.of("c1", "c2")) {
            Path trace = dir.resolve(run + "/trace.json");
            Outcome o = tilesim("--config", config.toString(), "--collective", "all-reduce", "--bytes", "4KiB", "--algorithm", "recursive-doubling",
                            "--trace", trace.toString(), "--trace-window", "0:400");
            assertEquals(0, o.status(), o.err());
            assertEquals("", o.err());
            assertTrue(o.out().contains("collective: all-reduce (recursive-doubling), 4 KiB over 16 ranks"), o.out());
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith("completed in ") && l.contains(" messages")), o.out());
            traces.add(Files.readString(trace));
        }
        assertEquals(traces.get(0), traces.get(1), "the same run gives the same trace");
        JsonNode info = new ObjectMapper().readTree(traces.get(0)).get("otherData");
        assertTrue(info.get("messages_recorded").asInt() > 0, info.toString());
        assertEquals(400, info.get("window_to_cycle").asInt());

        Outcome json = tilesim("--config", config.toString(), "--collective", "broadcast", "--bytes", "1K", "--json");
        assertEquals(0, json.status(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("broadcast", root.get("collective").get("name").asText());
        assertEquals("ring", root.get("collective").get("algorithm").asText(), "ring by default");
        assertEquals(15, root.get("collective").get("messages").asInt(), "a chain of 16 ranks passing one 1 KiB segment");
        assertTrue(root.get("network").get("packets").asLong() > 0);
    }

    @Test
    void collectiveOptionsAreChecked() {
        for (String[] args : List.of(new String[]{"--collective", "all-reduce"}, new String[]{"--collective", "all-sum", "--bytes", "1K"},
                        new String[]{"--collective", "scatter", "--bytes", "1K", "--algorithm", "recursive-doubling"},
                        new String[]{"--collective", "all-reduce", "--bytes", "1K", "--rate", "0.1"}, new String[]{"--bytes", "1K"})) {
            Outcome o = tilesim(args);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.err());
            assertEquals(2, o.err().lines().count(), o.err());
            assertNoStackTrace(o);
        }
    }

    @Test
    void writesPlots() throws IOException {
        Outcome o = small("--rate", "0.1,0.2", "--plot", dir.resolve("plots").toString());
        assertEquals(0, o.status(), o.err());
        for (String file : List.of("latency.png", "throughput.png", "link-load-0.1.png", "link-load-0.2.png")) {
            assertTrue(Files.size(dir.resolve("plots/" + file)) > 1000, file);
        }
    }

    @Test
    void aBadOptionIsAUsageErrorWithoutAStackTrace() {
        Outcome o = tilesim("--bogus");
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("tilesim: Unknown option: '--bogus'"), o.err());
        assertTrue(o.err().contains("Usage: tilesim"), o.err());
        assertEquals("", o.out());
        assertNoStackTrace(o);
    }

    @Test
    void aBadValueIsAUsageError() {
        for (String[] args : List.of(new String[]{"--rate", "0.1:x:0.1"}, new String[]{"--pattern", "sideways"}, new String[]{"--rate", "20"},
                        new String[]{"--packet-bytes", "1M"}, new String[]{"--trace-window", "9:3", "--trace", "t.json"})) {
            Outcome o = small(args);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.err());
            assertTrue(o.err().startsWith("tilesim: "), o.err());
            assertEquals(2, o.err().lines().count(), "the problem and the usage line: " + o.err());
            assertNoStackTrace(o);
        }
    }

    @Test
    void anUnknownPresetIsNamed() {
        Outcome o = tilesim("--config", "mesh-9x9");
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("tilesim: mesh-9x9: no preset of that name"), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertNoStackTrace(o);
    }

    @Test
    void listsThePresets() {
        Outcome o = tilesim("--list-presets");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("mesh-8x8 ") && l.contains("8×8 mesh")), o.out());
        assertEquals(7, o.out().lines().count(), o.out());
    }

    @Test
    void ratesAreDecimalRanges() {
        assertEquals(List.of(0.1, 0.2, 0.3), box(Rates.parse("0.1:0.3:0.1").values()));
        assertEquals(List.of(0.05, 0.5), box(Rates.parse("0.05,0.5").values()));
        assertEquals(List.of(0.25), box(Rates.parse("0.25").values()));
    }

    private static List<Double> box(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
