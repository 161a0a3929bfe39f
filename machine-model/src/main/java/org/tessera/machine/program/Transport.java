package org.tessera.machine.program;

import java.util.function.BooleanSupplier;

import org.tessera.machine.config.NetworkConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.CircuitStatistics;
import org.tessera.machine.network.DeliveryListener;
import org.tessera.machine.network.Network;
import org.tessera.machine.routing.Route;
import org.tessera.machine.routing.RoutingFunction;
import org.tessera.machine.time.Cycles;
import org.tessera.machine.topology.Topology;

/**
 * The model's messages through the {@link Network}: round trips (a request, work of
 * {@code service} cycles at the far tile, a response) and one-way messages. Parallel regions use
 * them asynchronously (completions are engine events); sequential code waits for each
 * ({@link #roundTripNow}, {@link #oneWayNow}).
 *
 * <p>A message is usable the cycle after its last flit arrives (one cycle to take it from the
 * network interface), so a remote access on an idle network takes T₀(request) + service +
 * T₀(response) + 1 cycles, T₀ being {@link Network#zeroLoadLatency}.
 *
 * <p><b>Idle network.</b> Sequential code has one message in flight at a time, so the network it
 * sends into is idle and every message takes exactly T₀. Simulating those flit by flit costs
 * microseconds per access; instead, when the network is idle and the message is one packet that
 * streams at full rate, its delivery is T₀ after it is sent, its flits are counted on the links of
 * its route (the routing function's own choices, hop by hop), and the trace hears of it as if the
 * network had carried it. A test runs the same programs both ways and requires identical summaries
 * and traces.
 */
final class Transport {
    /** What a message is for: a request and its response share the kind. */
    enum Kind {
        READ("read"), WRITE("write"), ALLOCATE("allocate"), MIGRATE("migrate"), RETURN("return"), SPAWN("spawn"), RESULT("result"), CODE("compiled code"),
        OFFCHIP_READ("off-chip read"), OFFCHIP_WRITE("off-chip write");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        /** A request to an off-chip memory controller, served by the {@link Server}. */
        boolean offChip() {
            return this == OFFCHIP_READ || this == OFFCHIP_WRITE;
        }
    }

    /** A message's payload: its number among the model's messages and what it is (for the trace). */
    record Envelope(long id, Kind kind, boolean response) {
        String label() {
            return kind.label + (kind == Kind.READ || kind == Kind.WRITE || kind == Kind.ALLOCATE || kind.offChip() ? response ? " response" : " request" : "");
        }
    }

    /** Hears of messages whose delivery was computed rather than simulated. */
    interface QuietMessages {
        void message(Envelope envelope, int from, int to, long bytes, long sentCycle, long injectionEndCycle, long deliveredCycle);
    }

    /** Serves off-chip requests: queueing and DRAM time at the controller of the far tile. */
    interface Server {
        /** A request needing {@code service} cycles of the controller at {@code tile} arrives at {@code arrival}; the cycles until its response leaves. */
        long serve(int tile, long arrival, long service);
    }

    /** Told when a round trip's response is usable; learns when the request reached the far tile. */
    @FunctionalInterface
    interface Completion {
        void completed(long requestArrivalCycle);
    }

    private final Engine engine;
    private final Network network;
    private final Topology topology;
    private final RoutingFunction routing;
    private final NetworkConfig config;
    private final boolean simulateIdle;
    private final boolean fullRate;
    /** Flits per output port (router × ports + port) of messages that were computed, not simulated. */
    private final long[] quietLinkFlits;
    private QuietMessages quietListener;
    private Server offChipServer;

    final long[] sentMessages;
    final long[] servedRequests;
    long messages;
    long bytes;
    long simulated;

    private boolean syncDone;
    private long syncRequestArrival;
    private final BooleanSupplier syncCondition = () -> syncDone;
    private final Completion syncCompletion = arrival -> {
        syncDone = true;
        syncRequestArrival = arrival;
    };

    /**
     * @param simulateIdle simulate messages on an idle network too (the tests compare the two ways)
     */
    Transport(Network network, boolean simulateIdle) {
        this.engine = network.engine();
        this.network = network;
        this.topology = network.topology();
        this.routing = network.routing();
        this.config = network.config();
        // With circuits, a message's time depends on its flow's history: every message is simulated.
        this.simulateIdle = simulateIdle || network.isHybrid();
        // A packet longer than a buffer streams without bubbles only if credits come back in time.
        this.fullRate = config.bufferDepth() >= config.routerLatency() + config.linkLatency() + config.creditLatency();
        this.quietLinkFlits = new long[topology.routers() * topology.ports()];
        int tiles = topology.tiles();
        sentMessages = new long[tiles];
        servedRequests = new long[tiles];
    }

    Engine engine() {
        return engine;
    }

    void setQuietListener(QuietMessages listener) {
        this.quietListener = listener;
    }

    void setOffChipServer(Server server) {
        this.offChipServer = server;
    }

    /** The far end's time for a request that arrived at {@code arrival}: {@code service}, or the off-chip controller's. */
    private long served(Kind kind, int to, long arrival, long service) {
        return kind.offChip() && offChipServer != null ? offChipServer.serve(to, arrival, service) : service;
    }

    /** Flits through output {@code port} of {@code router}, simulated or computed. */
    long linkFlits(int router, int port) {
        return network.statistics().linkFlits(router, port) + quietLinkFlits[router * topology.ports() + port];
    }

    private Envelope envelope(Kind kind, boolean response, int from, long size) {
        Envelope e = new Envelope(messages, kind, response);
        messages++;
        bytes += size;
        sentMessages[from]++;
        return e;
    }

    private void send(int from, int to, long size, Kind kind, boolean response, DeliveryListener listener) {
        network.send(from, to, size, envelope(kind, response, from, size), listener);
        simulated++;
    }

    /** A request from {@code from} to {@code to}, {@code service} cycles there, a response back. */
    void roundTrip(int from, int to, long requestBytes, long responseBytes, long service, Kind kind, Completion done) {
        send(from, to, requestBytes, kind, false, request -> {
            long arrival = engine.nowCycle();
            servedRequests[to]++;
            engine.schedule(Cycles.of(arrival + served(kind, to, arrival, service)), () -> send(to, from, responseBytes, kind, true, response -> completeNextCycle(done, arrival)));
        });
    }

    private void completeNextCycle(Completion done, long requestArrival) {
        if (done == syncCompletion) {
            done.completed(requestArrival);
        } else {
            engine.schedule(Cycles.of(engine.nowCycle() + 1), () -> done.completed(requestArrival));
        }
    }

    /** A message from {@code from} to {@code to}; {@code arrived} runs the cycle after it arrives. */
    void oneWay(int from, int to, long size, Kind kind, Runnable arrived) {
        send(from, to, size, kind, false, message -> engine.schedule(Cycles.of(engine.nowCycle() + 1), arrived));
    }

    /**
     * A round trip issued at cycle {@code now} by a task that waits for it; the cycle the response is
     * usable. Sequential code runs ahead of the engine, which is brought up to {@code now} only if
     * the messages must be simulated.
     */
    long roundTripNow(int from, int to, long requestBytes, long responseBytes, long service, Kind kind, long now) {
        long sent = Math.max(now, engine.nowCycle());
        if (quiet(requestBytes) && quiet(responseBytes)) {
            long arrival = deliverQuietly(from, to, requestBytes, kind, false, sent);
            servedRequests[to]++;
            syncRequestArrival = arrival;
            return deliverQuietly(to, from, responseBytes, kind, true, arrival + served(kind, to, arrival, service)) + 1;
        }
        syncTo(sent);
        syncDone = false;
        roundTrip(from, to, requestBytes, responseBytes, service, kind, syncCompletion);
        await("the response to a " + kind.label() + " request from tile " + from + " to tile " + to);
        return engine.nowCycle();
    }

    /** When the last {@link #roundTripNow} request reached its far tile. */
    long lastRequestArrival() {
        return syncRequestArrival;
    }

    /** A one-way message sent at {@code now} by a task that waits for it to arrive; the cycle it is usable. */
    long oneWayNow(int from, int to, long size, Kind kind, long now) {
        long sent = Math.max(now, engine.nowCycle());
        if (quiet(size)) {
            return deliverQuietly(from, to, size, kind, false, sent) + 1;
        }
        syncTo(sent);
        syncDone = false;
        send(from, to, size, kind, false, message -> syncDone = true);
        await("a " + kind.label() + " message from tile " + from + " to tile " + to);
        return engine.nowCycle();
    }

    /**
     * A message of compiled code from a JIT tile, computed as on an idle network whatever its size
     * (the JIT model works out its compilations lazily, behind the program's clock); the cycle it is
     * usable.
     */
    long shipQuietly(int from, int to, long size, long sent) {
        return deliverQuietly(from, to, size, Kind.CODE, false, sent) + 1;
    }

    /** Whether a message of {@code size} sent now would take exactly T₀: nothing else in flight, one packet at full rate. */
    private boolean quiet(long size) {
        return !simulateIdle && network.isIdle() && size <= config.maxPacketBytes() && (fullRate || config.flitsFor(size) <= config.bufferDepth());
    }

    /** The message's delivery cycle on an idle network; its flits counted on its route's links. */
    private long deliverQuietly(int from, int to, long size, Kind kind, boolean response, long sent) {
        Envelope envelope = envelope(kind, response, from, size);
        int flits = config.flitsFor(size);
        int ports = topology.ports();
        int router = topology.routerOf(from);
        int inPort = topology.portOf(from);
        int vc = routing.injectionFirstVc();
        while (true) {
            int route = routing.route(router, inPort, vc, to);
            int port = Route.port(route);
            quietLinkFlits[router * ports + port] += flits;
            int far = topology.link(router, port);
            if (far < 0) {
                break;
            }
            router = far / ports;
            inPort = far % ports;
            vc = Route.firstVc(route);
        }
        long delivered = sent + network.zeroLoadLatency(from, to, flits);
        if (quietListener != null) {
            quietListener.message(envelope, from, to, size, sent, sent + flits, delivered);
        }
        return delivered;
    }

    private void syncTo(long cycle) {
        if (cycle > engine.nowCycle()) {
            engine.runUntil(Cycles.of(cycle));
        }
    }

    private void await(String what) {
        if (!engine.runUntil(syncCondition, Cycles.of(Long.MAX_VALUE))) {
            throw new IllegalStateException("the model went idle waiting for " + what);
        }
    }

    /** What hybrid switching did, or null on a packet-switched network. */
    CircuitStatistics circuitStatistics() {
        return network.circuitStatistics();
    }

    /** T₀ of a message of {@code size} bytes: the cycles it takes on an empty network. */
    long zeroLoad(int from, int to, long size) {
        return network.zeroLoadLatency(from, to, config.flitsFor(size));
    }
}
