package org.tessera.machine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Network;
import org.tessera.machine.stats.SmallRuns;
import org.tessera.machine.time.Cycles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TraceRecorderTest {
    private static final int MESSAGES = 300;

    /** {@link #MESSAGES} random messages of 8 to 200 bytes, one every few cycles, on a 4×4 mesh at {@code megahertz}. */
    private static String trace(TraceOptions options, double megahertz) throws IOException {
        MachineConfig machine = SmallRuns.machine("traced", "topology:\n  kind: mesh\n  dimensions: [4, 4]\ntiles:\n  clock_mhz: " + megahertz + "\n");
        Engine engine = new Engine();
        Network network = Network.create(machine, engine);
        TraceRecorder recorder = new TraceRecorder(machine.name(), network.topology(), machine.tiles().clock(), options);
        network.addObserver(recorder);
        DeterministicRandom random = new DeterministicRandom(42);
        long at = 0;
        for (int i = 0; i < MESSAGES; i++) {
            at += random.nextInt(4);
            int from = random.nextInt(16);
            int to = random.nextInt(16);
            long bytes = 8 + random.nextInt(193);
            engine.schedule(Cycles.of(at), () -> network.send(from, to, bytes, null, null));
        }
        engine.runUntilIdle(Cycles.of(1_000_000));
        StringWriter out = new StringWriter();
        recorder.write(out);
        return out.toString();
    }

    private static JsonNode parse(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void theSameRunGivesTheSameBytes() throws IOException {
        assertEquals(trace(TraceOptions.DEFAULT, 1000), trace(TraceOptions.DEFAULT, 1000));
    }

    @Test
    void isATraceEventFileWithATrackPerTileAndAFlowPerMessage() throws IOException {
        JsonNode root = parse(trace(TraceOptions.DEFAULT, 1000));
        assertEquals("ns", root.get("displayTimeUnit").asText());
        JsonNode events = root.get("traceEvents");
        Map<Integer, String> threadNames = new HashMap<>();
        Map<Long, JsonNode> sends = new HashMap<>();
        Map<Long, JsonNode> receives = new HashMap<>();
        for (JsonNode e : events) {
            String ph = e.get("ph").asText();
            assertEquals(1, e.get("pid").asInt(), "one process: the machine");
            assertTrue(e.has("tid") && e.has("name"), e.toString());
            if (ph.equals("M")) {
                if (e.get("name").asText().equals("thread_name")) {
                    threadNames.put(e.get("tid").asInt(), e.get("args").get("name").asText());
                }
                continue;
            }
            assertEquals("X", ph, e.toString());
            assertTrue(e.get("ts").asDouble() >= 0 && e.get("dur").asDouble() >= 0, e.toString());
            long id = e.get("args").get("id").asLong();
            assertEquals(id, e.get("bind_id").asLong(), "the flow arrow is bound to both slices of a message");
            if (e.get("name").asText().equals("send")) {
                assertTrue(e.get("flow_out").asBoolean() && !e.has("flow_in"), e.toString());
                sends.put(id, e);
            } else {
                assertTrue(e.get("flow_in").asBoolean() && !e.has("flow_out"), e.toString());
                receives.put(id, e);
            }
        }
        assertEquals(MESSAGES, sends.size());
        assertEquals(sends.keySet(), receives.keySet());
        assertEquals("tile 5 (1,1)", threadNames.get(6), "tid = tile + 1, named by the tile's label");
        for (long id : sends.keySet()) {
            JsonNode send = sends.get(id);
            JsonNode receive = receives.get(id);
            assertNotNull(threadNames.get(send.get("tid").asInt()));
            assertNotNull(threadNames.get(receive.get("tid").asInt()));
            JsonNode args = send.get("args");
            assertEquals(args.get("delivered_cycle").asLong() - args.get("sent_cycle").asLong(), args.get("latency_cycles").asLong());
            assertEquals(args.get("injection_cycles").get(0).asLong() / 1000.0, send.get("ts").asDouble(), 1e-9, "1000 MHz: a cycle is 1 ns");
            assertEquals(args.get("delivered_cycle").asLong() / 1000.0, receive.get("ts").asDouble(), 1e-9);
            assertTrue(receive.get("ts").asDouble() > send.get("ts").asDouble());
        }
        assertEquals(MESSAGES, root.get("otherData").get("messages_recorded").asInt());
    }

    /**
     * What Perfetto needs to nest slices: events sorted by time, and on each track, a slice that
     * starts inside another ends inside it. Checked at a clock where cycles are not whole nanoseconds.
     */
    @Test
    void slicesNestOnEachTrack() throws IOException {
        JsonNode events = parse(trace(TraceOptions.DEFAULT, 1330)).get("traceEvents");
        Map<Integer, List<long[]>> open = new HashMap<>();
        long lastTs = Long.MIN_VALUE;
        for (JsonNode e : events) {
            if (e.get("ph").asText().equals("M")) {
                continue;
            }
            long ts = nanos(e.get("ts"));
            assertTrue(ts >= lastTs, "sorted by time: " + e);
            lastTs = ts;
            long end = ts + nanos(e.get("dur"));
            List<long[]> stack = open.computeIfAbsent(e.get("tid").asInt(), t -> new ArrayList<>());
            stack.removeIf(s -> s[1] <= ts);
            for (long[] outer : stack) {
                assertTrue(end <= outer[1], "a slice that starts inside another ends inside it: " + e);
            }
            stack.add(new long[]{ts, end});
        }
    }

    private static long nanos(JsonNode micros) {
        return micros.decimalValue().movePointRight(3).longValueExact();
    }

    @Test
    void keepsOnlyMessagesInjectedInTheWindow() throws IOException {
        JsonNode root = parse(trace(new TraceOptions(100, 200, TraceOptions.DEFAULT_MAX_EVENTS), 1000));
        int sends = 0;
        for (JsonNode e : root.get("traceEvents")) {
            if (e.get("name").asText().equals("send")) {
                long start = e.get("args").get("injection_cycles").get(0).asLong();
                assertTrue(start >= 100 && start < 200, e.toString());
                sends++;
            }
        }
        assertTrue(sends > 10 && sends < MESSAGES);
        assertEquals(sends, root.get("otherData").get("messages_in_window").asInt());
        assertEquals(200, root.get("otherData").get("window_to_cycle").asInt());
    }

    @Test
    void staysWithinTheEventBudgetByKeepingOneMessageInK() throws IOException {
        String text = trace(new TraceOptions(0, Long.MAX_VALUE, 120), 1000);
        assertEquals(text, trace(new TraceOptions(0, Long.MAX_VALUE, 120), 1000));
        JsonNode root = parse(text);
        assertTrue(root.get("traceEvents").size() <= 120, "events: " + root.get("traceEvents").size());
        JsonNode info = root.get("otherData");
        int kept = info.get("messages_recorded").asInt();
        long k = info.get("sampling_stride").asLong();
        assertEquals(MESSAGES, info.get("messages_in_window").asInt());
        assertEquals(MESSAGES - kept, info.get("messages_dropped").asInt());
        assertTrue(k > 1 && Long.bitCount(k) == 1, "k = " + k);
        assertTrue(kept > MESSAGES / k / 3 && kept < 3 * MESSAGES / k, kept + " of " + MESSAGES + " kept at 1 in " + k);
        Set<Long> ids = sentIds(root);
        assertEquals(kept, ids.size());
        assertTrue(sentIds(parse(trace(new TraceOptions(0, Long.MAX_VALUE, 240), 1000))).containsAll(ids),
                        "a smaller budget keeps a subset of what a larger one keeps");
        assertTrue(info.get("sampling").asText().startsWith("1 in " + k + " "));
    }

    private static Set<Long> sentIds(JsonNode root) {
        Set<Long> ids = new HashSet<>();
        for (JsonNode e : root.get("traceEvents")) {
            if (e.get("name").asText().equals("send")) {
                ids.add(e.get("args").get("id").asLong());
            }
        }
        return ids;
    }

    @Test
    void aTinyBudgetGivesAValidTraceWithoutMessages() throws IOException {
        JsonNode root = parse(trace(new TraceOptions(0, Long.MAX_VALUE, 3), 1000));
        assertTrue(root.get("traceEvents").size() <= 3);
        assertEquals(0, root.get("otherData").get("messages_recorded").asInt());
    }
}
