package org.tessera.machine.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.tessera.machine.program.HostLink.Direction;
import org.tessera.machine.stats.Decimals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A host core joined to the tile machine (the <em>device</em>) by a {@link HostLink}, and the
 * program split between them ({@link Offload}). The program is sequential, so it runs in one place
 * at a time: on the host, whose events cost the host cost table's cycles divided by its speed-up at
 * its own clock, or on the device, where the {@link ProgramModel} charges them as without a host.
 * Every crossing is a transfer on the link, and the program waits for it.
 *
 * <ul>
 * <li><b>fine</b>: the program starts on the host. A function's first {@code threshold} calls from
 * the host run there; each later one is shipped to the device (a transfer of 8 bytes per argument),
 * runs there with everything it calls, and its result comes back (8 bytes). Objects live where they
 * were made. An access from the other side moves the object: a request (the header alone) and the
 * object back (its bytes), after which it lives on the accessing side (on the device, in the SRAM
 * of the running tile, as an allocation there; on the host, in its memory, which has no modelled
 * collector). Parallel regions begun on the host run on the device, as an offloaded call.</li>
 * <li><b>coarse</b>: everything runs on the device; each system call (the instrument says which
 * built-in calls are system calls) is a round trip to the host carrying its data — the bytes the
 * call wrote to the program's output, and the text it returned — and the host's cost of the call.</li>
 * <li><b>host</b>: everything runs on the host: the reference the others are compared with.</li>
 * </ul>
 *
 * <p>In fine mode, a system call made while the program is on the device is forwarded as in coarse
 * mode. Time is kept in picoseconds across the two clocks; a message that reaches the device is
 * usable at the next device cycle. The device's category breakdown counts only work done on the
 * device, plus its waits for the link (as remote access); the host's work is reported here.
 */
public final class OffloadModel {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** A reference or small value on the link: an argument, a result. */
    static final long WORD_BYTES = 8;

    private final ProgramModel model;
    private final OffloadOptions options;
    private final HostLink link;
    private final BigDecimal deviceMhz;
    private final BigDecimal hostRate;
    private final long[] hostTotals;
    private final long hostAccessCycles;
    private final long serviceCycles;
    final long[] hostCounts = new long[Event.COUNT];
    private final BitSet objectsOnHost = new BitSet();

    private boolean onHost;
    private long hostStartPicos;
    private long hostStartWork;
    private long deviceStart;

    private long[] hostCalls = new long[64];
    private final BitSet offloaded = new BitSet();
    private int offloadedDepth = -1;
    private boolean regionOffloaded;

    long hostAccesses;
    long serviceWork;
    long deviceCycles;
    long waitPicos;
    long endPicos = -1;
    long offloadedCalls;
    long objectsToDevice;
    long objectsToHost;
    long systemCalls;
    long systemCallsForwarded;

    OffloadModel(ProgramModel model, OffloadOptions options, double deviceMhz, long accessCycles) {
        if (options.mode() == Offload.NONE) {
            throw new IllegalArgumentException("no host with offload none");
        }
        this.model = model;
        this.options = options;
        this.link = new HostLink(options.linkLatencyPicos(), options.linkBytesPerSecond());
        this.deviceMhz = new BigDecimal(deviceMhz);
        this.hostRate = new BigDecimal(options.hostClockMhz()).multiply(new BigDecimal(options.hostSpeedup()));
        this.hostTotals = options.hostCosts().totals();
        this.hostAccessCycles = accessCycles;
        this.serviceCycles = hostTotals[Event.BUILTIN_CALL.ordinal()];
        if (options.mode() != Offload.COARSE) {
            onHost = true;
            model.leaveDevice(hostCounts);
        }
    }

    public Offload mode() {
        return options.mode();
    }

    public OffloadOptions options() {
        return options;
    }

    HostLink link() {
        return link;
    }

    /** Whether the program is running on the host now. */
    boolean onHost() {
        return onHost;
    }

    // ---- time ------------------------------------------------------------------------------

    /** Cost-table cycles the host has spent running the program (events and memory accesses). */
    long hostWork() {
        long work = hostAccesses * hostAccessCycles;
        for (int e = 0; e < Event.COUNT; e++) {
            work += hostCounts[e] * hostTotals[e];
        }
        return work;
    }

    /** Picoseconds the host takes for {@code work} cost-table cycles, rounded up. */
    long hostPicos(long work) {
        return BigDecimal.valueOf(work).multiply(MILLION).divide(hostRate, 0, RoundingMode.CEILING).longValueExact();
    }

    /** The picosecond device cycle {@code cycle} begins at, rounded up. */
    long devicePicos(long cycle) {
        return BigDecimal.valueOf(cycle).multiply(MILLION).divide(deviceMhz, 0, RoundingMode.CEILING).longValueExact();
    }

    /** The first device cycle that begins at or after {@code picos}. */
    long deviceCycleAt(long picos) {
        return BigDecimal.valueOf(picos).multiply(deviceMhz).divide(MILLION, 0, RoundingMode.CEILING).longValueExact();
    }

    /** Where the program's clock is now, in picoseconds. */
    long nowPicos() {
        return onHost ? hostStartPicos + hostPicos(hostWork() - hostStartWork) : devicePicos(model.now());
    }

    /** The host carries on from {@code picos}. */
    private void hostResumesAt(long picos) {
        hostStartPicos = picos;
        hostStartWork = hostWork();
    }

    /** The program moves from the host to the device with {@code payload} bytes. */
    private void toDevice(long payload) {
        long sent = nowPicos();
        long arrived = link.send(Direction.TO_DEVICE, payload, sent);
        waitPicos += arrived - sent;
        onHost = false;
        model.enterDevice(deviceCycleAt(arrived));
        deviceStart = model.now();
    }

    /** The program moves from the device to the host with {@code payload} bytes. */
    private void toHost(long payload) {
        long sent = nowPicos();
        deviceCycles += model.now() - deviceStart;
        long arrived = link.send(Direction.TO_HOST, payload, sent);
        waitPicos += arrived - sent;
        onHost = true;
        model.leaveDevice(hostCounts);
        hostResumesAt(arrived);
    }

    /** The program, on the device, waits for a request to the host, {@code service} host cycles there, and the response. */
    private void deviceRoundTrip(long request, long response, long service) {
        long sent = nowPicos();
        long atHost = link.send(Direction.TO_HOST, request, sent);
        long back = link.send(Direction.TO_DEVICE, response, atHost + hostPicos(service));
        waitPicos += back - sent;
        model.deviceWaitsUntil(deviceCycleAt(back));
    }

    /** The program, on the host, waits for a request to the device, {@code service} device cycles there, and the response. */
    private void hostRoundTrip(long request, long response, long service) {
        long sent = nowPicos();
        long atDevice = link.send(Direction.TO_DEVICE, request, sent);
        long ready = devicePicos(deviceCycleAt(atDevice) + service);
        long back = link.send(Direction.TO_HOST, response, ready);
        waitPicos += back - sent;
        hostResumesAt(back);
    }

    // ---- what the program does ----------------------------------------------------------------

    /** Object {@code id} was just made, on the side the program runs on. */
    void made(int id) {
        if (onHost) {
            objectsOnHost.set(id);
        }
    }

    /**
     * An access to object {@code id} (of {@code objectCount} made so far): moves it across the link
     * first if it lives on the other side. True if the access is done (on the host); false if the
     * device goes on to access it as usual.
     */
    boolean access(int id, int objectCount, long deviceAccessCycles) {
        if (id < 0 || id >= objectCount) {
            // an untracked object is local wherever the program runs; a bad id is the model's to refuse
            if (onHost && id == ProgramModel.UNTRACKED) {
                hostAccesses++;
                return true;
            }
            return false;
        }
        int size = model.objectSize(id);
        if (onHost) {
            if (!objectsOnHost.get(id)) {
                hostRoundTrip(0, size, deviceAccessCycles);
                model.releaseFromDevice(id);
                objectsOnHost.set(id);
                objectsToHost++;
            }
            hostAccesses++;
            return true;
        }
        if (objectsOnHost.get(id)) {
            deviceRoundTrip(0, size, hostAccessCycles);
            objectsOnHost.clear(id);
            model.placeOnDevice(id);
            objectsToDevice++;
        }
        return false;
    }

    /** Function {@code function} is entered with {@code arguments}, {@code depth} functions deep: fine mode ships hot ones. */
    void enterFunction(int function, int arguments, int depth) {
        if (options.mode() != Offload.FINE || !onHost) {
            return;
        }
        if (function >= hostCalls.length) {
            hostCalls = Arrays.copyOf(hostCalls, Math.max(function + 1, hostCalls.length * 2));
        }
        if (++hostCalls[function] > options.threshold()) {
            offloaded.set(function);
            offloadedCalls++;
            offloadedDepth = depth;
            toDevice(WORD_BYTES * Math.max(0, arguments));
        }
    }

    /** A function returns to {@code depth} functions deep: an offloaded call's result goes back. */
    void exitFunction(int depth) {
        if (!onHost && depth == offloadedDepth) {
            offloadedDepth = -1;
            toHost(WORD_BYTES);
        }
    }

    /** A parallel region begins: the tiles run it, so a host ships it to the device. */
    void beginParallel() {
        if (onHost) {
            regionOffloaded = true;
            toDevice(WORD_BYTES);
        }
    }

    /** A parallel region ends. */
    void endParallel() {
        if (regionOffloaded) {
            regionOffloaded = false;
            toHost(WORD_BYTES);
        }
    }

    /** A system call wrote {@code requestBytes} and returned {@code responseBytes}: the device forwards it to the host. */
    void systemCall(long requestBytes, long responseBytes) {
        systemCalls++;
        if (!onHost) {
            systemCallsForwarded++;
            serviceWork += serviceCycles;
            deviceRoundTrip(requestBytes, responseBytes, serviceCycles);
        }
    }

    /** The program ended: its device clock is moved to the end. */
    void finish() {
        endPicos = nowPicos();
        if (onHost) {
            model.endAt(deviceCycleAt(endPicos));
        } else {
            deviceCycles += model.now() - deviceStart;
        }
    }

    // ---- the report -------------------------------------------------------------------------

    /** Microseconds the host spent running the program. */
    double hostMicros() {
        return hostPicos(hostWork()) / 1e6;
    }

    private double serviceMicros() {
        return hostPicos(serviceWork) / 1e6;
    }

    double deviceMicros() {
        return devicePicos(deviceCycles) / 1e6;
    }

    /** Lines for the summary (without line breaks). */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        long hostEvents = Arrays.stream(hostCounts).sum();
        String policy = options.mode() == Offload.FINE ? " · functions offloaded after " + n(options.threshold()) + " calls" : "";
        lines.add(String.format(Locale.ROOT, "offload         %s · host %s at %s MHz × %s · link %s ns, %s GB/s each way%s", options.mode().spelling(),
                        options.hostCosts().name(), d(options.hostClockMhz(), 0), d(options.hostSpeedup(), 2), d(options.linkLatencyPicos() / 1000.0, 1),
                        d(options.linkBytesPerSecond() / 1e9, 2), policy));
        lines.add(String.format(Locale.ROOT, "host            %s µs running the program (%s events), %s µs serving %s system calls", d(hostMicros(), 3), n(hostEvents),
                        d(serviceMicros(), 3), n(systemCallsForwarded)));
        lines.add(String.format(Locale.ROOT, "device          %s µs running the program; %s µs waiting for the link", d(deviceMicros(), 3), d(waitPicos / 1e6, 3)));
        for (Direction dir : Direction.values()) {
            int i = dir.ordinal();
            lines.add(String.format(Locale.ROOT, "link %-11s%s transfers, %s bytes, busy %s µs", dir.label(), n(link.transfers[i]), n(link.bytes[i]),
                            d(link.busyPicos[i] / 1e6, 3)));
        }
        if (options.mode() == Offload.FINE) {
            lines.add(String.format(Locale.ROOT, "offloaded       %s functions, %s calls; objects moved: %s to the device, %s to the host", n(offloaded.cardinality()),
                            n(offloadedCalls), n(objectsToDevice), n(objectsToHost)));
        }
        lines.add(String.format(Locale.ROOT, "system calls    %s, %s forwarded to the host", n(systemCalls), n(systemCallsForwarded)));
        return lines;
    }

    /** The {@code offload} section of summary.json. */
    ObjectNode json() {
        ObjectNode o = NODES.objectNode();
        o.put("mode", options.mode().spelling());
        o.put("threshold", options.threshold());
        ObjectNode host = o.putObject("host");
        host.put("costs", options.hostCosts().name());
        host.put("clock_mhz", Decimals.of(options.hostClockMhz()));
        host.put("speedup", Decimals.of(options.hostSpeedup()));
        ObjectNode l = o.putObject("link");
        l.put("latency_ns", Decimals.of(options.linkLatencyPicos() / 1000.0));
        l.put("bandwidth_bytes_per_s", options.linkBytesPerSecond());
        l.put("header_bytes", HostLink.HEADER_BYTES);
        o.put("micros", Decimals.of(endPicos / 1e6));
        o.put("host_micros", Decimals.of(hostMicros()));
        o.put("host_events", Arrays.stream(hostCounts).sum());
        o.put("host_service_micros", Decimals.of(serviceMicros()));
        o.put("device_micros", Decimals.of(deviceMicros()));
        o.put("device_cycles", deviceCycles);
        o.put("wait_micros", Decimals.of(waitPicos / 1e6));
        for (Direction dir : Direction.values()) {
            int i = dir.ordinal();
            ObjectNode d = o.putObject(dir == Direction.TO_DEVICE ? "to_device" : "to_host");
            d.put("transfers", link.transfers[i]);
            d.put("bytes", link.bytes[i]);
            d.put("busy_micros", Decimals.of(link.busyPicos[i] / 1e6));
            d.put("busy_cycles", deviceCycleAt(link.busyPicos[i]));
        }
        o.put("functions_offloaded", offloaded.cardinality());
        o.put("offloaded_calls", offloadedCalls);
        o.put("objects_to_device", objectsToDevice);
        o.put("objects_to_host", objectsToHost);
        o.put("system_calls", systemCalls);
        o.put("system_calls_forwarded", systemCallsForwarded);
        return o;
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String d(double value, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", value);
    }
}
