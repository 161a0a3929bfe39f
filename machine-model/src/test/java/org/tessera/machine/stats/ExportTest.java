package org.tessera.machine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.topology.Topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExportTest {
    private static final double[] RATES = {0.1, 0.3};
    private static final List<String> CSV_FILES = List.of("sweep.csv", "latency_histogram.csv", "links.csv", "routers.csv", "tiles.csv");

    @TempDir
    Path dir;

    private LoadSweep export(MachineConfig machine, long seed, Path into) throws IOException {
        LoadSweep sweep;
        try (CsvReport csv = new CsvReport(into, new TopologyLabels(Topology.of(machine.topology())), null)) {
            sweep = SmallRuns.sweep(machine, RATES, 3000, seed, csv);
        }
        JsonReport.write(sweep, into.resolve("sweep.json"));
        return sweep;
    }

    @Test
    void theSameConfigAndSeedGiveByteIdenticalFiles() throws IOException {
        MachineConfig machine = SmallRuns.mesh(4);
        export(machine, 7, dir.resolve("a"));
        export(machine, 7, dir.resolve("b"));
        export(machine, 8, dir.resolve("c"));
        List<String> files = new ArrayList<>(CSV_FILES);
        files.add("sweep.json");
        for (String file : files) {
            assertEquals(Files.readString(dir.resolve("a").resolve(file)), Files.readString(dir.resolve("b").resolve(file)), file);
        }
        assertNotEquals(Files.readString(dir.resolve("a/sweep.json")), Files.readString(dir.resolve("c/sweep.json")), "the seed must matter");
    }

    @Test
    void jsonHasTheSetupAndOnePointPerRateInAFixedOrder() throws IOException {
        LoadSweep sweep = export(SmallRuns.mesh(4), 1, dir);
        String text = Files.readString(dir.resolve("sweep.json"));
        assertFalse(text.contains("\r"), "line ends are \\n everywhere");
        JsonNode root = new ObjectMapper().readTree(text);
        assertEquals(List.of("tool", "machine", "traffic", "capacity", "points"), names(root));
        assertEquals("4×4 mesh", root.get("machine").get("topology").asText());
        assertEquals(16, root.get("machine").get("tiles").asInt());
        assertEquals(0.5, root.get("capacity").asDouble());
        JsonNode points = root.get("points");
        assertEquals(RATES.length, points.size());
        for (int i = 0; i < RATES.length; i++) {
            JsonNode p = points.get(i);
            Summary s = sweep.points().get(i).summary();
            assertEquals(List.of("offered", "saturated", "end_cycle", "window_cycles", "packets_generated", "packets", "injected", "accepted", "latency",
                            "hops_mean", "occupancy", "utilisation"), names(p));
            assertEquals(RATES[i], p.get("offered").asDouble());
            assertEquals(s.accepted(), p.get("accepted").asDouble(), 1e-5);
            assertEquals(s.latencyP99(), p.get("latency").get("p99").asLong());
            long histogrammed = 0;
            for (JsonNode count : p.get("latency").get("histogram").get("packets")) {
                histogrammed += count.asLong();
            }
            assertEquals(s.packets(), histogrammed, "the histogram holds every measured packet");
            assertTrue(p.get("utilisation").get("link_max").asDouble() >= p.get("utilisation").get("link_mean").asDouble());
        }
        assertTrue(points.get(1).get("accepted").asDouble() > points.get(0).get("accepted").asDouble());
    }

    @Test
    void csvFilesHaveARowPerThingPerLoadPoint() throws IOException {
        MachineConfig machine = SmallRuns.mesh(3);
        Topology topology = Topology.of(machine.topology());
        LoadSweep sweep;
        try (CsvReport csv = new CsvReport(dir, new TopologyLabels(topology), tile -> 10L * tile)) {
            sweep = SmallRuns.sweep(machine, RATES, 2000, 1, csv);
        }
        List<String> sweepRows = Files.readAllLines(dir.resolve("sweep.csv"));
        assertTrue(sweepRows.get(0).startsWith("offered,injected,accepted,latency_mean,latency_p50,latency_p99,"));
        assertEquals(1 + RATES.length, sweepRows.size());
        assertTrue(sweepRows.get(1).startsWith("0.1,"));

        // A 3×3 mesh: 9 ejection channels and 2·2·3·2 = 24 links.
        List<String> links = Files.readAllLines(dir.resolve("links.csv"));
        assertEquals("offered,router,port,from,to,kind,flits,utilisation", links.get(0));
        assertEquals(1 + RATES.length * (9 + 24), links.size());
        assertEquals("0.1,0,0,\"(0,0)\",\"tile (0,0)\",ejection", links.get(1).substring(0, links.get(1).indexOf(",ejection") + 9));
        assertTrue(links.stream().anyMatch(l -> l.startsWith("0.3,4,1,\"(1,1)\",\"(2,1)\",link,")), "router 4's +x link");

        assertEquals(1 + RATES.length * 9, Files.readAllLines(dir.resolve("routers.csv")).size());

        List<String> tiles = Files.readAllLines(dir.resolve("tiles.csv"));
        assertTrue(tiles.get(0).endsWith(",interface_idle_cycles,interface_utilisation,compute_busy_cycles,compute_idle_cycles"));
        String tile2 = tiles.get(3);
        assertTrue(tile2.startsWith("0.1,2,\"(2,0)\",2,"), tile2);
        long window = sweep.points().get(0).summary().windowCycles();
        assertTrue(tile2.endsWith(",20," + (window - 20)), "compute busy and idle cycles come from the hook: " + tile2);

        long histogramPackets = 0;
        Iterator<String> rows = Files.readAllLines(dir.resolve("latency_histogram.csv")).iterator();
        assertEquals("offered,latency,packets", rows.next());
        while (rows.hasNext()) {
            String[] row = rows.next().split(",");
            if (row[0].equals("0.1")) {
                histogramPackets += Long.parseLong(row[2]);
            }
        }
        assertEquals(sweep.points().get(0).summary().packets(), histogramPackets);
    }

    @Test
    void labelsWithCommasAreQuoted() {
        assertEquals("\"(1,2)\"", CsvReport.quote("(1,2)"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
        assertEquals("router 3", CsvReport.quote("router 3"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
