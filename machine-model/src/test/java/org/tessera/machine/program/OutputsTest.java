package org.tessera.machine.program;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.stats.JsonReport;
import org.tessera.machine.trace.TraceOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The summary text, JSON, report and trace: complete, consistent and byte-identical across runs. */
class OutputsTest {
    @TempDir
    Path dir;

    /** Everything a run produces, from one program that uses every part of the model. */
    record Run(Summary summary, ProgramModel model, String text, String json, String trace) {
    }

    static Run run(int maxTraceEvents) throws Exception {
        ProgramOptions options = TestPrograms.options(TestPrograms.mesh("4KiB"), Placement.ROUND_ROBIN, GcMode.HARDWARE)
                        .withExecution(Execution.MIGRATE_TO_DATA);
        ProgramModel model = new ProgramModel(options);
        ProgramTrace trace = model.startTrace(new TraceOptions(0, Long.MAX_VALUE, maxTraceEvents));
        TestPrograms.LiveSet live = new TestPrograms.LiveSet();
        model.setLiveness(live);
        int[] kept = new int[300];
        for (int i = 0; i < kept.length; i++) {
            model.event(Event.STATEMENT);
            kept[i] = model.newObject(24);
            live.ids.set(kept[i]);
        }
        model.beginParallel();
        for (int t = 0; t < 16; t++) {
            model.beginTask(kept[t]);
            model.enterCall(kept[t]);
            for (int i = 0; i < 200; i++) {
                model.event(Event.STATEMENT);
                model.event(Event.ARITHMETIC);
                model.access(kept[(t * 7 + i) % kept.length], 8, i % 3 == 0);
                model.newObject(40);
            }
            model.barrier();
            model.exitCall();
            model.endTask();
        }
        model.endParallel();
        TestPrograms.churn(model, live, 3000, 32, 10);
        for (int i = 0; i < 50; i++) {
            model.event(Event.CALL);
            model.enterCall(kept[i * 5]);
            for (int k = 0; k < 6; k++) {
                model.event(Event.ATTRIBUTE_READ);
                model.access(kept[i * 5], 8, false);
            }
            model.exitCall();
        }
        Summary s = model.finish();
        StringWriter traceText = new StringWriter();
        trace.write(traceText);
        return new Run(s, model, s.format(), JsonReport.text(Report.json(s, model)), traceText.toString());
    }

    @Test
    void twoRunsGiveByteIdenticalSummaryJsonAndTrace() throws Exception {
        Run a = run(TraceOptions.DEFAULT_MAX_EVENTS);
        Run b = run(TraceOptions.DEFAULT_MAX_EVENTS);
        assertTrue(a.summary().gcCount() > 0 && a.summary().migrations() > 0 && a.summary().remoteAccesses() > 0, a.text());
        assertEquals(a.text(), b.text());
        assertEquals(a.json(), b.json());
        assertEquals(a.trace(), b.trace());
        assertEquals(a.summary(), b.summary());
    }

    @Test
    void percentagesSumTo100() throws Exception {
        Summary s = run(1000).summary();
        double exact = 0;
        for (Summary.CategoryCycles c : s.categories()) {
            exact += c.percent();
        }
        assertEquals(100.0, exact, 1e-9);
        BigDecimal rounded = s.roundedPercents().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("100.0").compareTo(rounded), rounded.toPlainString());
        BigDecimal printed = BigDecimal.ZERO;
        for (String line : s.format().split("\n")) {
            if (line.matches("  \\S.* +[\\d,]+ +[\\d.]+%")) {
                printed = printed.add(new BigDecimal(line.replaceFirst(".* ([\\d.]+)%$", "$1")));
            }
        }
        assertEquals(0, new BigDecimal("100.0").compareTo(printed), "the printed shares: " + s.format());
    }

    @Test
    void theSummaryTextSaysWhatTheIssueAsksFor() throws Exception {
        String text = run(1000).text();
        for (String expected : new String[]{"cycles = ", "µs at 1,000.000 MHz on test-mesh", "placement round-robin", "gc hardware", "useful work",
                        "C function call", "remote access", "messages", "accesses", "remote (", "collections", "pause cycles", "live at exit",
                        "busiest tiles", "busiest links", "parallel        1 region, 16 tasks"}) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
    }

    @Test
    void theReportHasItsFilesAndASelfContainedPage() throws Exception {
        Run r = run(1000);
        Report.write(r.summary(), r.model(), dir);
        for (String file : new String[]{"summary.txt", "summary.json", "categories.csv", "tiles.csv", "collections.csv", "categories.png", "tiles.png",
                        "collections.png", "report.html"}) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }
        for (String png : new String[]{"categories.png", "tiles.png", "collections.png"}) {
            byte[] head = new byte[8];
            System.arraycopy(Files.readAllBytes(dir.resolve(png)), 0, head, 0, 8);
            assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, png);
        }
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertEquals(3, html.split("data:image/png;base64,", -1).length - 1, "three embedded images");
        assertFalse(html.contains("src=\"http") || html.contains("href="), "nothing fetched from elsewhere");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(r.summary().totalCycles(), json.get("total_cycles").asLong());
        assertEquals(Category.values().length, json.get("categories").size());
        assertEquals(65, Files.readAllLines(dir.resolve("tiles.csv")).size(), "a header and a row per tile");
        assertEquals(r.summary().gcCount() + 1, Files.readAllLines(dir.resolve("collections.csv")).size());
    }

    @Test
    void theTraceIsValidJsonWithNestedSlicesAndStaysInItsBudget() throws Exception {
        for (int budget : new int[]{TraceOptions.DEFAULT_MAX_EVENTS, 400}) {
            Run r = run(budget);
            JsonNode root = new ObjectMapper().readTree(r.trace());
            JsonNode events = root.get("traceEvents");
            int metadata = 0;
            Map<String, List<long[]>> tracks = new HashMap<>();
            int starts = 0;
            int ends = 0;
            for (JsonNode e : events) {
                String phase = e.get("ph").asText();
                switch (phase) {
                    case "M" -> metadata++;
                    case "X" -> tracks.computeIfAbsent(e.get("pid").asInt() + "/" + e.get("tid").asInt(), k -> new ArrayList<>())
                                    .add(new long[]{Math.round(e.get("ts").asDouble() * 1000), Math.round(e.get("dur").asDouble() * 1000)});
                    case "s" -> starts++;
                    case "f" -> ends++;
                    default -> throw new AssertionError("unexpected phase " + phase);
                }
            }
            assertTrue(events.size() - metadata <= budget, events.size() - metadata + " events for a budget of " + budget);
            assertTrue(starts >= ends && starts > 0);
            for (Map.Entry<String, List<long[]>> track : tracks.entrySet()) {
                List<long[]> slices = track.getValue();
                slices.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparing(x -> -x[1]));
                List<long[]> open = new ArrayList<>();
                for (long[] slice : slices) {
                    open.removeIf(o -> o[0] + o[1] <= slice[0]);
                    for (long[] o : open) {
                        assertTrue(slice[0] + slice[1] <= o[0] + o[1], "slices on track " + track.getKey() + " overlap without nesting");
                    }
                    open.add(slice);
                }
            }
            assertTrue(tracks.keySet().stream().anyMatch(k -> k.startsWith("1/")), "core tracks");
            assertTrue(tracks.keySet().stream().anyMatch(k -> k.startsWith("2/")), "network tracks");
            assertTrue(tracks.keySet().stream().anyMatch(k -> k.startsWith("3/")), "collector tracks");
            if (budget == 400) {
                assertTrue(root.get("otherData").get("message_sampling_stride").asLong() > 1);
                assertTrue(root.get("otherData").get("core_slices_merged").asText().startsWith("up to"));
            }
        }
    }
}
