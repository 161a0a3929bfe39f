package org.tessera.machine.trace;

import static org.tessera.machine.trace.TraceJson.micros;
import static org.tessera.machine.trace.TraceJson.plain;
import static org.tessera.machine.trace.TraceJson.quote;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.tessera.machine.network.Message;
import org.tessera.machine.network.NetworkObserver;
import org.tessera.machine.time.Frequency;
import org.tessera.machine.topology.Topology;


/**
 * Records network messages as a Chrome/Perfetto trace (the JSON trace-event format; open it in
 * ui.perfetto.dev or chrome://tracing). Attach it with {@code network.addObserver(recorder)}, run,
 * then {@link #write}.
 *
 * <p>Layout: one process (pid 1) for the machine, one thread per tile that appears in the trace,
 * named by its label ({@code tile 9 (1,1)}). A tile's tid is its number plus one, because Perfetto
 * treats tid 0 as the idle task. Each message is a {@code send} slice on its source tile, from
 * the cycle its interface writes the first flit to the cycle after the last, and a one-cycle
 * {@code receive} slice on its destination tile at the cycle its last flit arrives, joined by a flow
 * arrow. Slices carry the message's id, ends, size and latency as args.
 *
 * <p>The arrow is bound to the two slices themselves ({@code "bind_id"} with {@code "flow_out"} on
 * the send and {@code "flow_in"} on the receive: the format's version-2 flow, which Chrome itself
 * writes), not drawn with separate {@code "ph":"s"} / {@code "ph":"f","bp":"e"} events. Those bind
 * to whatever slice is innermost on the track at their time, and a tile often starts sending in the
 * very cycle another message reaches it; Perfetto orders flow events after every slice with the
 * same timestamp, so the send's arrow would start at the receive slice. Binding on the slice is
 * exact, and halves the events.
 *
 * <p>Time: {@code ts} and {@code dur} are microseconds, as the format requires, converted from
 * cycles at the tile clock and rounded to whole nanoseconds (written with three decimals), so
 * every slice boundary is exact in Perfetto, which keeps time in integer nanoseconds.
 * {@code displayTimeUnit} is {@code "ns"}: chrome://tracing shows nanoseconds, and Perfetto, which
 * once read it as the unit of {@code ts}, now ignores it. Cycle numbers are in each slice's args.
 *
 * <p>Bounds: messages whose injection starts outside [from, to) are not recorded. When the
 * events would exceed the maximum, only one message id in k is kept (chosen by a hash of the id), k
 * doubling until they fit — a deterministic 1-in-k sample spread over the run and the tiles. The
 * trace's {@code otherData} says how many messages the window held, how many were kept, and k. Events are
 * written sorted by time (longer slices first at equal times, so they nest), one per line: the same
 * run gives the same bytes.
 *
 * <p>Only messages are seen ({@link NetworkObserver} is called per message, never per flit);
 * synthetic traffic sends each packet as a message while the network is observed.
 */
public final class TraceRecorder implements NetworkObserver {
    private static final int PID = 1;
    /** The send slice and the receive slice. */
    private static final int EVENTS_PER_MESSAGE = 2;

    private final String machine;
    private final Topology topology;
    private final Frequency clock;
    private final TraceOptions options;

    /** Kept messages in the order their injection finished. */
    private final List<Record> records = new ArrayList<>();
    /** Kept messages not delivered yet, by id (looked up only, never iterated for output). */
    private final Map<Long, Record> inFlight = new HashMap<>();
    private long stride = 1;
    private long messagesInWindow;

    private static final class Record {
        final long id;
        final int source;
        final int destination;
        final long bytes;
        final int packets;
        final long sentCycle;
        final long startCycle;
        final long endCycle;
        long deliveredCycle = -1;

        Record(Message m, long startCycle, long endCycle) {
            this.id = m.id();
            this.source = m.source();
            this.destination = m.destination();
            this.bytes = m.bytes();
            this.packets = m.packets();
            this.sentCycle = m.sentAt().count();
            this.startCycle = startCycle;
            this.endCycle = endCycle;
        }
    }

    /**
     * @param machine the process name shown in the viewer, e.g. the config's name
     */
    public TraceRecorder(String machine, Topology topology, Frequency clock, TraceOptions options) {
        this.machine = machine;
        this.topology = topology;
        this.clock = clock;
        this.options = options;
    }

    @Override
    public void injected(Message message, long startCycle, long endCycle) {
        if (!options.inWindow(startCycle)) {
            return;
        }
        messagesInWindow++;
        if (!sampled(message.id())) {
            return;
        }
        Record r = new Record(message, startCycle, endCycle);
        records.add(r);
        inFlight.put(r.id, r);
        // Thin while recording, so memory stays bounded; write() thins again if metadata does not fit.
        while ((long) records.size() * EVENTS_PER_MESSAGE > options.maxEvents() && !records.isEmpty()) {
            thin();
        }
    }

    @Override
    public void delivered(Message message, long cycle) {
        Record r = inFlight.remove(message.id());
        if (r != null) {
            r.deliveredCycle = cycle;
        }
    }

    /** Halves the sample; past 2^62 nothing is kept (a budget too small for even one message). */
    private void thin() {
        if (stride >= 1L << 62) {
            records.clear();
            inFlight.clear();
            return;
        }
        stride *= 2;
        records.removeIf(r -> !sampled(r.id));
        inFlight.values().removeIf(r -> !sampled(r.id));
    }

    /**
     * One id in {@code stride} (a power of two): those whose hash has that many low zero bits. A
     * hash rather than every k-th id, because a collective's ids repeat with the number of ranks, and
     * every k-th would keep the same few senders in every round. Each doubling keeps a subset of the
     * ids kept before; SplitMix64's finaliser (Steele, Lea &amp; Flood 2014) is the hash.
     */
    private boolean sampled(long id) {
        long z = (id + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z & (stride - 1)) == 0;
    }

    /** Messages injected in the window so far. */
    public long messagesInWindow() {
        return messagesInWindow;
    }

    /** Messages the trace holds. */
    public int messagesRecorded() {
        return records.size();
    }

    /** Keeps one message id in this many (1: all of them). */
    public long stride() {
        return stride;
    }

    public void write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out);
        }
    }

    /** Writes the trace; may thin it further so that metadata and messages fit {@code maxEvents}. */
    public void write(Writer out) throws IOException {
        TreeSet<Integer> tracks = tracks();
        while (!records.isEmpty() && 1L + tracks.size() + eventCount() > options.maxEvents()) {
            thin();
            tracks = tracks();
        }
        BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
        w.write("{\"traceEvents\":[\n");
        w.write("{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" + PID + ",\"tid\":" + PID + ",\"args\":{\"name\":" + quote(machine) + "}}");
        for (int tile : tracks) {
            w.write(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" + PID + ",\"tid\":" + tid(tile) + ",\"args\":{\"name\":"
                            + quote("tile " + tile + " " + topology.tileLabel(tile)) + "}}");
        }
        for (Slice s : slices()) {
            w.write(",\n");
            w.write(s.json());
        }
        w.write("\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":{");
        w.write("\"machine\":" + quote(machine));
        w.write(",\"topology\":" + quote(topology.describe()));
        w.write(",\"clock_mhz\":" + plain(BigDecimal.valueOf(clock.megahertz())));
        w.write(",\"time\":\"ts and dur in microseconds at the tile clock; cycles in args\"");
        w.write(",\"window_from_cycle\":" + options.fromCycle());
        w.write(",\"window_to_cycle\":" + (options.toCycle() == Long.MAX_VALUE ? "null" : String.valueOf(options.toCycle())));
        w.write(",\"max_events\":" + options.maxEvents());
        w.write(",\"messages_in_window\":" + messagesInWindow);
        w.write(",\"messages_recorded\":" + records.size());
        w.write(",\"messages_dropped\":" + (messagesInWindow - records.size()));
        w.write(",\"sampling_stride\":" + stride);
        w.write(",\"sampling\":" + quote(stride == 1 ? "every message in the window" : "1 in " + stride + " messages, by a hash of the message id"));
        w.write("}}\n");
        w.flush();
    }

    private long eventCount() {
        long n = 0;
        for (Record r : records) {
            n += r.deliveredCycle < 0 ? 1 : EVENTS_PER_MESSAGE;
        }
        return n;
    }

    /** Tiles with a slice, in order. */
    private TreeSet<Integer> tracks() {
        TreeSet<Integer> tiles = new TreeSet<>();
        for (Record r : records) {
            tiles.add(r.source);
            if (r.deliveredCycle >= 0) {
                tiles.add(r.destination);
            }
        }
        return tiles;
    }

    private static int tid(int tile) {
        return tile + 1;
    }

    /** A slice as a trace event. */
    private record Slice(long startNs, long durationNs, long id, boolean receive, String json) {
    }

    private static final Comparator<Slice> ORDER = Comparator.comparingLong(Slice::startNs).thenComparing(Comparator.comparingLong(Slice::durationNs).reversed())
                    .thenComparing(Slice::receive).thenComparingLong(Slice::id);

    private List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        for (Record r : records) {
            String args = "\"args\":{\"id\":" + r.id + ",\"from\":" + quote(topology.tileLabel(r.source)) + ",\"to\":"
                            + quote(topology.tileLabel(r.destination)) + ",\"bytes\":" + r.bytes + ",\"packets\":" + r.packets + ",\"sent_cycle\":"
                            + r.sentCycle + ",\"injection_cycles\":[" + r.startCycle + "," + r.endCycle + "],\"delivered_cycle\":"
                            + (r.deliveredCycle < 0 ? "null" : r.deliveredCycle) + ",\"latency_cycles\":"
                            + (r.deliveredCycle < 0 ? "null" : r.deliveredCycle - r.sentCycle) + "}";
            long start = nanos(r.startCycle);
            long duration = nanos(r.endCycle) - start;
            String flowOut = r.deliveredCycle < 0 ? "" : ",\"bind_id\":" + r.id + ",\"flow_out\":true";
            slices.add(new Slice(start, duration, r.id, false, slice("send", r.source, start, duration, flowOut, args)));
            if (r.deliveredCycle >= 0) {
                long at = nanos(r.deliveredCycle);
                long length = nanos(r.deliveredCycle + 1) - at;
                slices.add(new Slice(at, length, r.id, true,
                                slice("receive", r.destination, at, length, ",\"bind_id\":" + r.id + ",\"flow_in\":true", args)));
            }
        }
        slices.sort(ORDER);
        return slices;
    }

    private static String slice(String name, int tile, long startNs, long durationNs, String flow, String args) {
        return "{\"name\":\"" + name + "\",\"cat\":\"network\",\"ph\":\"X\",\"pid\":" + PID + ",\"tid\":" + tid(tile) + ",\"ts\":" + micros(startNs)
                        + ",\"dur\":" + micros(durationNs) + flow + "," + args + "}";
    }

    /** A cycle's start in whole nanoseconds at the tile clock. */
    private long nanos(long cycle) {
        return Math.round(cycle * 1000.0 / clock.megahertz());
    }
}
