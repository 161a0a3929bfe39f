package org.tessera.machine.program;

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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tessera.machine.network.Message;
import org.tessera.machine.network.NetworkObserver;
import org.tessera.machine.time.Frequency;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.trace.TraceOptions;


/**
 * A program's run as a Chrome/Perfetto trace (JSON trace events; open it in ui.perfetto.dev). It
 * follows {@link org.tessera.machine.trace.TraceRecorder}'s conventions — {@code ts}/{@code dur}
 * in microseconds at the tile clock rounded to whole nanoseconds, tid = tile + 1, messages as a
 * send slice, a receive slice and a flow arrow, 1-in-k sampling of message ids — and adds the
 * program's side, in three processes so that no two slices on a track overlap:
 *
 * <ol>
 * <li><b>cores</b>: per tile (and hardware thread, if several), what the core ran: {@code program}
 * (sequential code), {@code task N}, {@code gc pause}, {@code gc wait};</li>
 * <li><b>network interfaces</b>: per tile, the messages it sent and received (read/write/allocate
 * requests and responses, migrations, returns, spawns, results);</li>
 * <li><b>collectors</b>: per tile, each collection (its whole duration; for a hardware collector
 * the unit's time, during which the core ran on).</li>
 * </ol>
 *
 * <p>Bounds: the event budget ({@link TraceOptions#maxEvents}) is shared 40% core slices, 40%
 * messages, 20% collections. Too many core slices: neighbouring slices on a track are merged
 * pairwise, again and again (a merged slice covers its parts and the gaps between; its args say how
 * many spans and busy cycles it holds). Too many messages: every k-th id is kept, k doubling. Too
 * many collections: every k-th. Slices starting outside the window [from, to) are left out. The
 * same run gives the same bytes.
 */
public final class ProgramTrace implements NetworkObserver, Transport.QuietMessages {
    static final byte COMPUTE = 0;
    static final byte GC_PAUSE = 1;
    static final byte GC_WAIT = 2;
    /** A JIT compilation on the tile's core (on a JIT tile, or blocking on the running tile). */
    static final byte COMPILE = 3;
    private static final int MIXED_TASKS = -2;
    private static final int CORES = 1;
    private static final int NETWORK = 2;
    private static final int COLLECTORS = 3;

    private final ProgramModel model;
    private final TraceOptions options;
    private final Topology topology;
    private final Frequency clock;
    private final int threads;
    private final long coreBudget;
    private final long messageBudget;
    private final long collectionBudget;

    /** Core tracks by track number (tile × threads + thread). */
    private final Map<Integer, Track> tracks = new HashMap<>();
    private long coreSlices;
    private int mergeRounds;

    private final List<MessageRecord> messages = new ArrayList<>();
    private final Map<Long, MessageRecord> inFlight = new HashMap<>();
    private long stride = 1;
    private long messagesInWindow;

    ProgramTrace(ProgramModel model, TraceOptions options) {
        this.model = model;
        this.options = options;
        this.topology = model.topology();
        this.clock = model.machine().tiles().clock();
        this.threads = model.machine().tiles().threads();
        this.coreBudget = Math.max(1, options.maxEvents() * 4L / 10);
        this.messageBudget = Math.max(1, options.maxEvents() * 4L / 10);
        this.collectionBudget = Math.max(1, options.maxEvents() * 2L / 10);
    }

    /** One core track's slices, in time order. */
    private static final class Track {
        long[] start = new long[16];
        long[] end = new long[16];
        long[] busy = new long[16];
        int[] spans = new int[16];
        int[] task = new int[16];
        byte[] kind = new byte[16];
        int size;

        void add(long from, long to, long busyCycles, int spanCount, int taskIndex, byte sliceKind) {
            if (size == start.length) {
                int capacity = size * 2;
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                busy = Arrays.copyOf(busy, capacity);
                spans = Arrays.copyOf(spans, capacity);
                task = Arrays.copyOf(task, capacity);
                kind = Arrays.copyOf(kind, capacity);
            }
            start[size] = from;
            end[size] = to;
            busy[size] = busyCycles;
            spans[size] = spanCount;
            task[size] = taskIndex;
            kind[size] = sliceKind;
            size++;
        }

        /** Merges slices pairwise; the number of slices removed. */
        int halve() {
            int out = 0;
            for (int i = 0; i < size; i += 2, out++) {
                if (i + 1 == size) {
                    copy(i, out);
                    continue;
                }
                long from = start[i];
                long to = end[i + 1];
                long b = busy[i] + busy[i + 1];
                int s = spans[i] + spans[i + 1];
                int t = task[i] == task[i + 1] ? task[i] : MIXED_TASKS;
                byte k = kind[i] == kind[i + 1] ? kind[i] : COMPUTE;
                start[out] = from;
                end[out] = to;
                busy[out] = b;
                spans[out] = s;
                task[out] = t;
                kind[out] = k;
            }
            int removed = size - out;
            size = out;
            return removed;
        }

        private void copy(int from, int to) {
            start[to] = start[from];
            end[to] = end[from];
            busy[to] = busy[from];
            spans[to] = spans[from];
            task[to] = task[from];
            kind[to] = kind[from];
        }
    }

    private static final class MessageRecord {
        final long id;
        final int source;
        final int destination;
        final long bytes;
        final String label;
        final long sentCycle;
        final long startCycle;
        final long endCycle;
        long deliveredCycle = -1;

        MessageRecord(Transport.Envelope envelope, int source, int destination, long bytes, long sentCycle, long startCycle, long endCycle) {
            this.id = envelope.id();
            this.source = source;
            this.destination = destination;
            this.bytes = bytes;
            this.label = envelope.label();
            this.sentCycle = sentCycle;
            this.startCycle = startCycle;
            this.endCycle = endCycle;
        }
    }

    // ---- recording ----------------------------------------------------------------------------

    /** A core of {@code tile} (hardware thread {@code slot}) ran a task, or stopped for the collector, in [start, end). */
    void slice(int tile, int slot, long start, long end, byte kind, int task) {
        if (!options.inWindow(start) || end <= start) {
            return;
        }
        tracks.computeIfAbsent(tile * threads + slot, t -> new Track()).add(start, end, kind == GC_WAIT ? 0 : end - start, 1, task, kind);
        if (++coreSlices > coreBudget) {
            mergeRounds++;
            for (Track t : tracks.values()) {
                coreSlices -= t.halve();
            }
        }
    }

    @Override
    public void injected(Message message, long startCycle, long endCycle) {
        if (message.payload() instanceof Transport.Envelope envelope) {
            record(new MessageRecord(envelope, message.source(), message.destination(), message.bytes(), message.sentAt().count(), startCycle, endCycle));
        }
    }

    @Override
    public void delivered(Message message, long cycle) {
        if (message.payload() instanceof Transport.Envelope envelope) {
            MessageRecord r = inFlight.remove(envelope.id());
            if (r != null) {
                r.deliveredCycle = cycle;
            }
        }
    }

    @Override
    public void message(Transport.Envelope envelope, int from, int to, long bytes, long sentCycle, long injectionEndCycle, long deliveredCycle) {
        MessageRecord r = record(new MessageRecord(envelope, from, to, bytes, sentCycle, sentCycle, injectionEndCycle));
        if (r != null) {
            inFlight.remove(r.id);
            r.deliveredCycle = deliveredCycle;
        }
    }

    /** Keeps a message if its injection is in the window and its id is sampled; the record kept, or null. */
    private MessageRecord record(MessageRecord r) {
        if (!options.inWindow(r.startCycle)) {
            return null;
        }
        messagesInWindow++;
        if (!sampled(r.id)) {
            return null;
        }
        messages.add(r);
        inFlight.put(r.id, r);
        while (messages.size() * 4L > messageBudget && !messages.isEmpty()) {
            stride *= 2;
            messages.removeIf(m -> !sampled(m.id));
            inFlight.values().removeIf(m -> !sampled(m.id));
        }
        return sampled(r.id) ? r : null;
    }

    private boolean sampled(long id) {
        return (id + 1) % stride == 0;
    }

    // ---- writing ------------------------------------------------------------------------------

    /** An event to write: its sort keys and its JSON (a slice may carry a flow event after it). */
    private record Entry(long startNs, long durationNs, int pid, int tid, long id, String json) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::startNs).thenComparing(Comparator.comparingLong(Entry::durationNs).reversed())
                    .thenComparingInt(Entry::pid).thenComparingInt(Entry::tid).thenComparingLong(Entry::id).thenComparing(Entry::json);

    public void write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out);
        }
    }

    public void write(Writer out) throws IOException {
        List<Entry> entries = new ArrayList<>();
        TreeSet<Integer> coreTracks = new TreeSet<>();
        TreeSet<Integer> networkTracks = new TreeSet<>();
        TreeSet<Integer> collectorTracks = new TreeSet<>();
        for (Map.Entry<Integer, Track> e : tracks.entrySet()) {
            Track t = e.getValue();
            for (int i = 0; i < t.size; i++) {
                coreTracks.add(e.getKey());
                entries.add(coreSlice(e.getKey(), t, i));
            }
        }
        for (MessageRecord r : messages) {
            networkTracks.add(r.source);
            entries.addAll(messageSlices(r));
            if (r.deliveredCycle >= 0) {
                networkTracks.add(r.destination);
            }
        }
        long[] collectionCounts = collections(entries, collectorTracks);

        BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
        String machine = model.machine().name();
        w.write("{\"traceEvents\":[\n");
        w.write(metadata("process_name", CORES, 0, machine + ": cores"));
        w.write(",\n" + metadata("process_name", NETWORK, 0, machine + ": network interfaces"));
        w.write(",\n" + metadata("process_name", COLLECTORS, 0, machine + ": collectors"));
        for (int track : coreTracks) {
            int tile = track / threads;
            String name = "tile " + tile + " " + topology.tileLabel(tile) + (threads > 1 ? " thread " + track % threads : "");
            w.write(",\n" + metadata("thread_name", CORES, track + 1, name));
        }
        for (int tile : networkTracks) {
            w.write(",\n" + metadata("thread_name", NETWORK, tile + 1, "tile " + tile + " " + topology.tileLabel(tile)));
        }
        for (int tile : collectorTracks) {
            w.write(",\n" + metadata("thread_name", COLLECTORS, tile + 1, "tile " + tile + " " + topology.tileLabel(tile)));
        }
        entries.sort(ORDER);
        for (Entry e : entries) {
            w.write(",\n");
            w.write(e.json());
        }
        ProgramOptions o = model.options();
        w.write("\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":{");
        w.write("\"machine\":" + quote(machine));
        w.write(",\"topology\":" + quote(topology.describe()));
        w.write(",\"clock_mhz\":" + plain(BigDecimal.valueOf(clock.megahertz())));
        w.write(",\"costs\":" + quote(o.costs().name()));
        w.write(",\"placement\":" + quote(o.placement().spelling()));
        w.write(",\"execution\":" + quote(o.execution().spelling()));
        w.write(",\"gc\":" + quote(o.gc().spelling()));
        w.write(",\"time\":\"ts and dur in microseconds at the tile clock; cycles in args\"");
        w.write(",\"window_from_cycle\":" + options.fromCycle());
        w.write(",\"window_to_cycle\":" + (options.toCycle() == Long.MAX_VALUE ? "null" : String.valueOf(options.toCycle())));
        w.write(",\"max_events\":" + options.maxEvents());
        w.write(",\"core_slices\":" + coreSlices);
        w.write(",\"core_slices_merged\":" + quote(mergeRounds == 0 ? "no" : "up to " + (1L << mergeRounds) + " neighbouring spans per slice"));
        w.write(",\"messages_in_window\":" + messagesInWindow);
        w.write(",\"messages_recorded\":" + messages.size());
        w.write(",\"message_sampling_stride\":" + stride);
        w.write(",\"collections_in_window\":" + collectionCounts[0]);
        w.write(",\"collections_recorded\":" + collectionCounts[1]);
        w.write("}}\n");
        w.flush();
    }

    private Entry coreSlice(int track, Track t, int i) {
        long start = nanos(t.start[i]);
        long duration = nanos(t.end[i]) - start;
        String name = switch (t.kind[i]) {
            case GC_PAUSE -> "gc pause";
            case GC_WAIT -> "gc wait";
            case COMPILE -> "jit compile";
            default -> t.task[i] == -1 ? "program" : t.task[i] == MIXED_TASKS ? "tasks" : "task " + t.task[i];
        };
        String args = "\"args\":{\"from_cycle\":" + t.start[i] + ",\"to_cycle\":" + t.end[i] + ",\"busy_cycles\":" + t.busy[i] + ",\"spans\":" + t.spans[i] + "}";
        String json = "{\"name\":" + quote(name) + ",\"cat\":\"" + (t.kind[i] == COMPUTE ? "compute" : t.kind[i] == COMPILE ? "jit" : "gc") + "\",\"ph\":\"X\",\"pid\":" + CORES + ",\"tid\":"
                        + (track + 1) + ",\"ts\":" + micros(start) + ",\"dur\":" + micros(duration) + "," + args + "}";
        return new Entry(start, duration, CORES, track + 1, 0, json);
    }

    private List<Entry> messageSlices(MessageRecord r) {
        String args = "\"args\":{\"id\":" + r.id + ",\"from\":" + quote(topology.tileLabel(r.source)) + ",\"to\":" + quote(topology.tileLabel(r.destination))
                        + ",\"bytes\":" + r.bytes + ",\"sent_cycle\":" + r.sentCycle + ",\"injection_cycles\":[" + r.startCycle + "," + r.endCycle
                        + "],\"delivered_cycle\":" + (r.deliveredCycle < 0 ? "null" : r.deliveredCycle) + "}";
        List<Entry> slices = new ArrayList<>(2);
        long start = nanos(r.startCycle);
        long duration = nanos(r.endCycle) - start;
        slices.add(new Entry(start, duration, NETWORK, r.source + 1, r.id,
                        networkSlice("send " + r.label, r.source, start, duration, args) + ",\n" + flow("s", r.source, start, r.id)));
        if (r.deliveredCycle >= 0) {
            long at = nanos(r.deliveredCycle);
            long length = nanos(r.deliveredCycle + 1) - at;
            slices.add(new Entry(at, length, NETWORK, r.destination + 1, r.id,
                            networkSlice("receive " + r.label, r.destination, at, length, args) + ",\n" + flow("f", r.destination, at, r.id)));
        }
        return slices;
    }

    /** Adds the collections in the window (every k-th if too many; none overlapping on a track); [in window, recorded]. */
    private long[] collections(List<Entry> entries, TreeSet<Integer> collectorTracks) {
        GcLog log = model.heaps().log();
        List<Integer> inWindow = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (options.inWindow(log.start(i))) {
                inWindow.add(i);
            }
        }
        long every = Math.max(1, (inWindow.size() + collectionBudget - 1) / collectionBudget);
        TreeMap<Integer, List<Integer>> byTile = new TreeMap<>();
        for (int k = 0; k < inWindow.size(); k++) {
            if ((k + 1) % every == 0) {
                int i = inWindow.get(k);
                byTile.computeIfAbsent(log.tile(i), t -> new ArrayList<>()).add(i);
            }
        }
        long recorded = 0;
        boolean hardware = model.options().gc() == GcMode.HARDWARE;
        for (Map.Entry<Integer, List<Integer>> e : byTile.entrySet()) {
            List<Integer> list = e.getValue();
            list.sort(Comparator.comparingLong(log::start).thenComparingInt(Integer::intValue));
            long trackEnd = Long.MIN_VALUE;
            for (int i : list) {
                if (log.start(i) < trackEnd) {
                    continue;
                }
                trackEnd = log.start(i) + log.duration(i);
                int tile = e.getKey();
                collectorTracks.add(tile);
                long start = nanos(log.start(i));
                long duration = nanos(log.start(i) + log.duration(i)) - start;
                String args = "\"args\":{\"start_cycle\":" + log.start(i) + ",\"pause_cycles\":" + log.pause(i) + ",\"duration_cycles\":" + log.duration(i)
                                + ",\"live_objects\":" + log.liveObjects(i) + ",\"live_bytes\":" + log.liveBytes(i) + ",\"freed_objects\":" + log.freedObjects(i)
                                + ",\"freed_bytes\":" + log.freedBytes(i) + "}";
                String json = "{\"name\":\"" + (hardware ? "concurrent collection" : "collection") + "\",\"cat\":\"gc\",\"ph\":\"X\",\"pid\":" + COLLECTORS
                                + ",\"tid\":" + (tile + 1) + ",\"ts\":" + micros(start) + ",\"dur\":" + micros(duration) + "," + args + "}";
                entries.add(new Entry(start, duration, COLLECTORS, tile + 1, i, json));
                recorded++;
            }
        }
        return new long[]{inWindow.size(), recorded};
    }

    private static String networkSlice(String name, int tile, long startNs, long durationNs, String args) {
        return "{\"name\":" + quote(name) + ",\"cat\":\"network\",\"ph\":\"X\",\"pid\":" + NETWORK + ",\"tid\":" + (tile + 1) + ",\"ts\":" + micros(startNs)
                        + ",\"dur\":" + micros(durationNs) + "," + args + "}";
    }

    private static String flow(String phase, int tile, long atNs, long id) {
        return "{\"name\":\"message\",\"cat\":\"network\",\"ph\":\"" + phase + "\"," + (phase.equals("f") ? "\"bp\":\"e\"," : "") + "\"id\":" + id + ",\"pid\":"
                        + NETWORK + ",\"tid\":" + (tile + 1) + ",\"ts\":" + micros(atNs) + "}";
    }

    private static String metadata(String name, int pid, int tid, String value) {
        return "{\"name\":\"" + name + "\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"args\":{\"name\":" + quote(value) + "}}";
    }

    private long nanos(long cycle) {
        return Math.round(cycle * 1000.0 / clock.megahertz());
    }
}
