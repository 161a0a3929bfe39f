package org.tessera.machine.network;

import java.util.HashMap;
import java.util.Map;

import org.tessera.machine.config.CircuitConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.routing.Paths;
import org.tessera.machine.routing.RoutingFunction;
import org.tessera.machine.stats.Statistics;
import org.tessera.machine.time.Cycles;
import org.tessera.machine.topology.Topology;

/**
 * The circuit half of hybrid switching, after Jerger, Peh &amp; Lipasti, "Circuit-Switched
 * Coherence" (NOCS 2008), on a separate plane of lanes as in SDM circuit-switched NoCs: every
 * router output port (every link, and every ejection channel) has {@code circuits_per_link}
 * lanes, each one flit wide, beside the packet network's channel.
 *
 * <p><b>Set-up.</b> A flow is a (source, destination) pair. When it has sent
 * {@code circuit_threshold} messages in a row, each within {@code circuit_window_cycles} of the one
 * before, the source sends a one-flit set-up probe to the destination through the packet network
 * (so it pays the routers' pipelines and contends like any packet). When the probe arrives, one lane
 * is reserved on every output port of the flow's route (the routing function's own choices) — all
 * at once, a simplification of hop-by-hop reservation — and a one-flit acknowledgement goes back,
 * also as a packet; the circuit is usable from the cycle it arrives. A lane is free if no circuit
 * holds it, or if its circuit has been unused for {@code circuit_idle_cycles} (then that circuit
 * is torn down, least recently used first). If some port of the route has no such lane the set-up
 * fails: the acknowledgement says so, the flow stays packet-switched and its count starts again.
 * Tear-down sends no message (the routers' lane timers expire).
 *
 * <p><b>Use.</b> While a flow has a circuit, its messages skip the packet network: no
 * routing, allocation or arbitration, no contention with packets. A message of F flits (as many as
 * its packets would have had) starts when the flow's lane is free, and arrives H·(t_l + b) + F
 * cycles later, H being the routers its route crosses and b {@code circuit_bypass_latency} (in place
 * of the router pipeline t_r): the packet network's T₀ = H·(t_r + t_l) + F with t_r replaced by b.
 * The lane is busy for its F cycles. A circuit unused for {@code circuit_idle_cycles} is torn down
 * at its flow's next message, which goes as packets and counts as the first of a new run.
 *
 * <p>Assumptions: the lanes are extra wires (the plane adds {@code circuits_per_link} flit-wide
 * lanes to every link), so circuits take no bandwidth from packets; messages on a circuit may
 * overtake the same flow's earlier packets.
 */
final class CircuitPlane {
    /** One flow's count of recent messages and its circuit. */
    private static final class Flow {
        final int from;
        final int to;
        int run;
        long lastMessage = Long.MIN_VALUE;
        Circuit circuit;
        boolean settingUp;

        Flow(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    /** A circuit: a lane on every output port of its flow's route. */
    private static final class Circuit {
        final Flow flow;
        final int[] lanes;
        boolean usable;
        long lastUse;
        long laneFreeAt;

        Circuit(Flow flow, int[] lanes, long now) {
            this.flow = flow;
            this.lanes = lanes;
            this.lastUse = now;
            this.laneFreeAt = now;
        }

        boolean idleFor(long cycles, long now) {
            return laneFreeAt <= now && now - Math.max(lastUse, laneFreeAt) >= cycles;
        }
    }

    /** The payload of a set-up probe or its acknowledgement. */
    private record Control(Flow flow, boolean probe, Circuit granted, long probeSent) {
    }

    private final Network network;
    private final Engine engine;
    private final Topology topology;
    private final RoutingFunction routing;
    private final Statistics statistics;
    private final CircuitConfig config;
    private final int linkLatency;
    private final int lanesPerLink;
    private final Circuit[] laneOwner;
    /** Looked up by key, never iterated, so hash order cannot leak into results. */
    private final Map<Long, Flow> flows = new HashMap<>();
    private Flow setUpDue;

    private long dataMessages;
    private long dataLatency;
    private long circuitMessages;
    private long circuitLatency;
    private long circuitFlitHops;
    private long inFlight;
    private long setups;
    private long established;
    private long failed;
    private long teardowns;
    private long setupCycles;

    CircuitPlane(Network network, Topology topology, RoutingFunction routing, Statistics statistics, CircuitConfig config, int linkLatency) {
        this.network = network;
        this.engine = network.engine();
        this.topology = topology;
        this.routing = routing;
        this.statistics = statistics;
        this.config = config;
        this.linkLatency = linkLatency;
        this.lanesPerLink = config.lanesPerLink();
        this.laneOwner = new Circuit[topology.routers() * topology.ports() * lanesPerLink];
    }

    /**
     * A data message of {@code flits} flits from {@code from} to {@code to} (null: a bare synthetic
     * packet) is about to be sent. Counts it for its flow and, if the flow has a usable circuit,
     * sends it there and returns true; false means: send it as packets.
     */
    boolean carry(int from, int to, int flits, Message message) {
        long now = engine.nowCycle();
        Flow flow = flows.computeIfAbsent((long) from * topology.tiles() + to, k -> new Flow(from, to));
        Circuit circuit = flow.circuit;
        if (circuit != null && circuit.usable && circuit.idleFor(config.idleCycles(), now)) {
            tearDown(circuit);
            circuit = null;
        }
        if (circuit != null && circuit.usable) {
            flow.lastMessage = now;
            send(circuit, flits, message, now);
            return true;
        }
        flow.run = now - flow.lastMessage <= config.windowCycles() ? flow.run + 1 : 1;
        flow.lastMessage = now;
        if (flow.run >= config.threshold() && circuit == null && !flow.settingUp && from != to) {
            setUpDue = flow;
        }
        return false;
    }

    /** Sends the probe of the set-up the last {@link #carry} asked for, once its message's packets are queued (they go first). */
    void sendDueSetUp() {
        Flow flow = setUpDue;
        if (flow != null) {
            setUpDue = null;
            flow.settingUp = true;
            setups++;
            network.sendControl(flow.from, flow.to, new Control(flow, true, null, engine.nowCycle()), this::controlArrived);
        }
    }

    private void send(Circuit circuit, int flits, Message message, long now) {
        long start = Math.max(now, circuit.laneFreeAt);
        circuit.laneFreeAt = start + flits;
        circuit.lastUse = now;
        int hops = circuit.lanes.length;
        long delivered = start + (long) hops * (linkLatency + config.bypassLatency()) + flits;
        int from = circuit.flow.from;
        int to = circuit.flow.to;
        statistics.countGeneratedPacket(now);
        for (int i = 0; i < flits; i++) {
            statistics.countInjectedFlit(from);
        }
        circuitFlitHops += (long) flits * hops;
        inFlight++;
        if (message != null) {
            message.injectionStarted(start);
            message.injectionFinished(start + flits);
            network.injected(message);
        }
        engine.schedule(Cycles.of(delivered), () -> {
            inFlight--;
            for (int i = 0; i < flits; i++) {
                statistics.countEjectedFlit(to);
            }
            statistics.packetDelivered(now, start, delivered, hops);
            circuitMessages++;
            circuitLatency += delivered - now;
            if (message != null) {
                network.deliveredWhole(message, delivered);
            } else {
                dataMessages++;
                dataLatency += delivered - now;
            }
        });
    }

    /** A data message (not a probe or acknowledgement) arrived, by circuit or as packets. */
    void dataDelivered(Message message, long cycle) {
        dataMessages++;
        dataLatency += cycle - message.sentCycle();
    }

    /** A synthetic packet without a message arrived as packets. */
    void packetDelivered(long generatedCycle, long cycle) {
        dataMessages++;
        dataLatency += cycle - generatedCycle;
    }

    /** Whether {@code payload} is a probe's or acknowledgement's. */
    static boolean isControl(Object payload) {
        return payload instanceof Control;
    }

    private void controlArrived(Message message) {
        Control c = (Control) message.payload();
        Flow flow = c.flow();
        long now = engine.nowCycle();
        if (c.probe()) {
            Circuit granted = reserve(flow, now);
            network.sendControl(flow.to, flow.from, new Control(flow, false, granted, c.probeSent()), this::controlArrived);
            return;
        }
        flow.settingUp = false;
        setupCycles += now - c.probeSent();
        if (c.granted() == null) {
            failed++;
            flow.run = 0;
        } else {
            established++;
            c.granted().usable = true;
            c.granted().lastUse = now;
            c.granted().laneFreeAt = now;
            flow.circuit = c.granted();
        }
    }

    /** A lane on every output port of the flow's route, or null (nothing reserved) if a port has none free. */
    private Circuit reserve(Flow flow, long now) {
        int[] ports = Paths.outputPorts(topology, routing, flow.from, flow.to);
        int[] lanes = new int[ports.length];
        for (int i = 0; i < ports.length; i++) {
            int lane = freeLane(ports[i], now);
            if (lane < 0) {
                return null;
            }
            lanes[i] = lane;
        }
        Circuit circuit = new Circuit(flow, lanes, now);
        for (int lane : lanes) {
            Circuit old = laneOwner[lane];
            if (old != null) {
                tearDown(old);
            }
            laneOwner[lane] = circuit;
        }
        return circuit;
    }

    /** The first unheld lane of {@code port}, else the least recently used one whose circuit is idle, else -1. */
    private int freeLane(int port, long now) {
        int best = -1;
        long bestUse = Long.MAX_VALUE;
        for (int k = 0; k < lanesPerLink; k++) {
            int lane = port * lanesPerLink + k;
            Circuit c = laneOwner[lane];
            if (c == null) {
                return lane;
            }
            if (c.usable && c.idleFor(config.idleCycles(), now) && c.lastUse < bestUse) {
                best = lane;
                bestUse = c.lastUse;
            }
        }
        return best;
    }

    private void tearDown(Circuit circuit) {
        for (int lane : circuit.lanes) {
            if (laneOwner[lane] == circuit) {
                laneOwner[lane] = null;
            }
        }
        if (circuit.flow.circuit == circuit) {
            circuit.flow.circuit = null;
        }
        teardowns++;
    }

    /** Messages on circuits not yet delivered. */
    long inFlight() {
        return inFlight;
    }

    CircuitStatistics statistics() {
        return new CircuitStatistics(dataMessages, circuitMessages, dataMessages == 0 ? 0 : (double) dataLatency / dataMessages,
                        circuitMessages == 0 ? 0 : (double) circuitLatency / circuitMessages, circuitFlitHops, setups, established, failed, teardowns,
                        established + failed == 0 ? 0 : (double) setupCycles / (established + failed));
    }
}
