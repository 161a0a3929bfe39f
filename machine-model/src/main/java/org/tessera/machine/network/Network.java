package org.tessera.machine.network;

import java.util.ArrayList;
import java.util.List;

import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.NetworkConfig;
import org.tessera.machine.engine.Clocked;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.routing.RoutingFunction;
import org.tessera.machine.stats.Statistics;
import org.tessera.machine.topology.Topology;

/**
 * The network-on-chip as one clocked component: messages go in with {@link #send}, are cut into
 * packets and flits, cross routers and links cycle by cycle, and come out at their destination,
 * where the sender's {@link DeliveryListener} hears of them.
 *
 * <p>Timing at zero load (checked against the analytic formula in the tests): a packet of F flits
 * crossing H routers is delivered H·(t_r + t_l) + F cycles after it is sent — one cycle on the
 * injection channel, t_r in each router's pipeline, t_l on each link (the last one being the
 * ejection channel, whose switch traversal takes the cycle the injection channel added), and F − 1
 * cycles for the body to follow the head.
 *
 * <p>A cycle is {@link #deliver} (flits arriving at interfaces; completed messages reported) then
 * {@link #advance}: returning credits are collected, each router with flits runs one pipeline
 * cycle, and each interface with queued packets injects a flit. Only routers and interfaces with
 * work are visited, so a sparse run on a million-tile mesh costs what its traffic costs.
 */
public final class Network implements Clocked {
    private final Engine engine;
    private final Topology topology;
    private final RoutingFunction routing;
    private final NetworkConfig config;
    private final Statistics statistics;
    private final Packets packets = new Packets();
    private final InputBuffers buffers;
    private final CreditCounters credits;
    private final ActiveSet activeRouters;
    private final NetworkInterfaces interfaces;
    private final Router router;
    private final List<NetworkObserver> observers = new ArrayList<>();
    private final int[] connectedPorts;
    /** Hybrid switching's circuits; null for a packet-switched network. */
    private final CircuitPlane circuits;

    private long nextMessageId;
    private long messagesInFlight;
    private long lastProgressCycle;

    /** The network a config describes, registered with {@code engine}. */
    public static Network create(MachineConfig machine, Engine engine) {
        Topology topology = Topology.of(machine.topology());
        return new Network(engine, topology, RoutingFunction.forTopology(topology, machine.network().virtualChannels()), machine.network());
    }

    /** A network with an explicit routing function (tests use this to show what unsafe routing does). */
    public Network(Engine engine, Topology topology, RoutingFunction routing, NetworkConfig config) {
        this.engine = engine;
        this.topology = topology;
        this.routing = routing;
        this.config = config;
        int routers = topology.routers();
        int ports = topology.ports();
        int vcs = config.virtualChannels();
        this.statistics = new Statistics(topology.tiles(), routers, ports);
        this.buffers = new InputBuffers(routers, ports, vcs, config.bufferDepth());
        Links links = new Links(topology, config.linkLatency());
        this.credits = new CreditCounters(routers * ports * vcs, config.creditLatency());
        connectedPorts = new int[routers];
        for (int r = 0; r < routers; r++) {
            for (int p = 0; p < ports; p++) {
                int far = links.downstream[r * ports + p];
                if (far != Topology.UNCONNECTED) {
                    connectedPorts[r]++;
                }
                if (far >= 0) {
                    for (int v = 0; v < vcs; v++) {
                        credits.set((r * ports + p) * vcs + v, config.bufferDepth());
                    }
                }
            }
        }
        this.activeRouters = new ActiveSet(routers);
        int[] localChannelBase = new int[topology.tiles()];
        for (int t = 0; t < topology.tiles(); t++) {
            localChannelBase[t] = (topology.routerOf(t) * ports + topology.portOf(t)) * vcs;
        }
        this.interfaces = new NetworkInterfaces(topology.tiles(), localChannelBase, packets, buffers, routing, statistics, activeRouters,
                        config.flowControl(), config.linkLatency(), this);
        this.router = new Router(buffers, credits, new VirtualChannelAllocator(credits, vcs), new SwitchAllocator(routers, ports, vcs),
                        links, packets, interfaces, routing, statistics, activeRouters, config.routerLatency(), config.flowControl());
        this.circuits = config.circuits().hybrid() ? new CircuitPlane(this, topology, routing, statistics, config.circuits(), config.linkLatency()) : null;
        engine.register(this);
    }

    public Engine engine() {
        return engine;
    }

    public Topology topology() {
        return topology;
    }

    public RoutingFunction routing() {
        return routing;
    }

    public NetworkConfig config() {
        return config;
    }

    public Statistics statistics() {
        return statistics;
    }

    public void addObserver(NetworkObserver observer) {
        observers.add(observer);
    }

    /** Whether anyone observes messages (then synthetic traffic sends messages, not bare packets). */
    public boolean isObserved() {
        return !observers.isEmpty();
    }

    int routerLatency() {
        return config.routerLatency();
    }

    /** Ports of {@code router} that are wired to something (for utilisation). */
    public int connectedPorts(int router) {
        return connectedPorts[router];
    }

    /**
     * Hands a message of {@code bytes} bytes to {@code from}'s interface at the current cycle. It
     * travels as ⌈bytes / max_packet_bytes⌉ packets (at least one); {@code listener} (may be null)
     * hears when the last one has arrived at {@code to}.
     */
    public Message send(int from, int to, long bytes, Object payload, DeliveryListener listener) {
        checkTile(from, "source");
        checkTile(to, "destination");
        if (bytes < 0) {
            throw new IllegalArgumentException("a message cannot have " + bytes + " bytes");
        }
        long cycle = engine.nowCycle();
        long max = config.maxPacketBytes();
        long count = Math.max(1, (bytes + max - 1) / max);
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a message of " + bytes + " bytes needs too many packets");
        }
        Message message = new Message(nextMessageId++, from, to, bytes, cycle, payload, listener, (int) count);
        if (circuits != null && !CircuitPlane.isControl(payload) && circuits.carry(from, to, messageFlits(bytes, count), message)) {
            messagesInFlight++;
            return message;
        }
        long left = bytes;
        for (long i = 0; i < count; i++) {
            long size = Math.min(left, max);
            left -= size;
            int packet = packets.allocate(message, from, to, config.flitsFor(size), cycle);
            statistics.countGeneratedPacket(cycle);
            interfaces.enqueue(from, packet);
        }
        messagesInFlight++;
        if (circuits != null) {
            circuits.sendDueSetUp();
        }
        if (lastProgressCycle < cycle) {
            lastProgressCycle = cycle;
        }
        return message;
    }

    /** A circuit set-up probe or acknowledgement: one flit through the packet network. */
    void sendControl(int from, int to, Object payload, DeliveryListener listener) {
        send(from, to, 0, payload, listener);
    }

    /** The flits of a message's {@code count} packets together (the last may be short; an empty message is one flit). */
    private int messageFlits(long bytes, long count) {
        long max = config.maxPacketBytes();
        long whole = bytes / max;
        long flits = whole * config.flitsFor(max) + (count > whole ? config.flitsFor(bytes - whole * max) : 0);
        return (int) Math.min(Integer.MAX_VALUE, flits);
    }

    /**
     * Sends one packet of {@code flits} flits with no message object: the cheap path of synthetic
     * traffic generators, whose packets nobody waits for.
     */
    public void sendPacket(int from, int to, int flits) {
        checkTile(from, "source");
        checkTile(to, "destination");
        if (flits < 1) {
            throw new IllegalArgumentException("a packet needs at least one flit, got " + flits);
        }
        long cycle = engine.nowCycle();
        if (circuits != null && circuits.carry(from, to, flits, null)) {
            return;
        }
        int packet = packets.allocate(null, from, to, flits, cycle);
        statistics.countGeneratedPacket(cycle);
        interfaces.enqueue(from, packet);
        if (circuits != null) {
            circuits.sendDueSetUp();
        }
        if (lastProgressCycle < cycle) {
            lastProgressCycle = cycle;
        }
    }

    private void checkTile(int tile, String role) {
        if (tile < 0 || tile >= topology.tiles()) {
            throw new IllegalArgumentException("no " + role + " tile " + tile + " in " + topology.describe() + " (tiles 0.." + (topology.tiles() - 1) + ")");
        }
    }

    /** Zero-load latency of an F-flit packet from {@code from} to {@code to}: H·t_r + H·t_l + F. */
    public long zeroLoadLatency(int from, int to, int flits) {
        int h = topology.hops(from, to);
        return (long) h * config.routerLatency() + (long) h * config.linkLatency() + flits;
    }

    /** Packets generated but not yet delivered. */
    public int packetsInFlight() {
        return packets.inUse();
    }

    public long messagesInFlight() {
        return messagesInFlight;
    }

    /** Flits in router buffers. */
    public long flitsInBuffers() {
        return buffers.total();
    }

    /** Nothing queued, buffered or on a wire (or on a circuit). */
    public boolean isIdle() {
        return packets.inUse() == 0 && (circuits == null || circuits.inFlight() == 0);
    }

    /** Whether the network is hybrid-switched (it sets up circuits). */
    public boolean isHybrid() {
        return circuits != null;
    }

    /** What hybrid switching did so far, or null for a packet-switched network. */
    public CircuitStatistics circuitStatistics() {
        return circuits == null ? null : circuits.statistics();
    }

    // ---- Clocked ------------------------------------------------------------------------------

    @Override
    public long nextActiveCycle(long fromCycle) {
        if (!activeRouters.isEmpty() || interfaces.hasWork() || credits.inFlight()) {
            return fromCycle;
        }
        return Long.MAX_VALUE;
    }

    @Override
    public void deliver(long cycle) {
        interfaces.eject(cycle);
    }

    @Override
    public void advance(long cycle) {
        credits.collect(cycle);
        int moved = 0;
        int visited = activeRouters.size();
        for (int i = 0; i < visited; i++) {
            moved += router.step(activeRouters.get(i), cycle);
        }
        activeRouters.retain(visited, r -> buffers.routerFlits[r] > 0);
        moved += interfaces.inject(cycle);
        statistics.occupancy(cycle, buffers.total(), interfaces.queuedPackets());
        if (moved > 0) {
            lastProgressCycle = cycle;
        } else if (buffers.total() > 0 && cycle - lastProgressCycle > config.watchdogCycles()) {
            throw new NetworkDeadlockException(deadlockReport(cycle));
        }
    }

    private String deadlockReport(long cycle) {
        StringBuilder b = new StringBuilder();
        b.append("deadlock: ").append(buffers.total()).append(" flits in ").append(topology.describe()).append(" have not moved for ")
                        .append(cycle - lastProgressCycle).append(" cycles (watchdog_cycles = ").append(config.watchdogCycles()).append(") at cycle ")
                        .append(cycle).append("; routers holding flits:");
        int shown = 0;
        for (int r = 0; r < topology.routers() && shown < 8; r++) {
            if (buffers.routerFlits[r] > 0) {
                b.append(' ').append(r).append('(').append(buffers.routerFlits[r]).append(')');
                shown++;
            }
        }
        return b.toString();
    }

    // ---- called by the interfaces -------------------------------------------------------------

    void injected(Message message) {
        for (int i = 0; i < observers.size(); i++) {
            observers.get(i).injected(message, message.injectionStartCycle(), message.injectionEndCycle());
        }
    }

    void packetArrived(int packet, long cycle) {
        statistics.packetDelivered(packets.generatedCycle[packet], packets.injectedCycle[packet], cycle, packets.hops[packet]);
        Message message = packets.message[packet];
        if (message == null && circuits != null) {
            circuits.packetDelivered(packets.generatedCycle[packet], cycle);
        }
        packets.release(packet);
        if (message != null && message.packetDelivered(cycle)) {
            complete(message, cycle);
        }
    }

    /** A message that went over a circuit arrived whole. */
    void deliveredWhole(Message message, long cycle) {
        message.deliveredWhole(cycle);
        complete(message, cycle);
    }

    private void complete(Message message, long cycle) {
        messagesInFlight--;
        statistics.messageDelivered(message.sentCycle(), cycle);
        if (circuits != null && !CircuitPlane.isControl(message.payload())) {
            circuits.dataDelivered(message, cycle);
        }
        for (int i = 0; i < observers.size(); i++) {
            observers.get(i).delivered(message, cycle);
        }
        DeliveryListener listener = message.listener();
        if (listener != null) {
            listener.delivered(message);
        }
    }
}
