package org.tessera.machine.network;

import org.tessera.machine.config.FlowControl;
import org.tessera.machine.routing.RoutingFunction;
import org.tessera.machine.stats.Statistics;

/**
 * The network interface of every tile. Injection: an unbounded FIFO of packets per tile (the
 * source queue of open-loop measurement, D&amp;T §23.1); each cycle the interface writes at most one
 * flit of the packet at its head into a virtual channel of the router's local input port, which the
 * flit reaches one cycle later. A packet keeps the virtual channel it started on. Ejection: the
 * router's local output delivers at most one flit per cycle; flits arrive {@code t_l + 1} cycles
 * after they leave the router's switch and are consumed at once (the ejection queue never backs
 * up), and a packet is complete when its tail arrives.
 */
final class NetworkInterfaces {
    private final Packets packets;
    private final InputBuffers buffers;
    private final RoutingFunction routing;
    private final Statistics statistics;
    private final ActiveSet routersWithFlits;
    private final Network network;
    private final int[] localChannelBase;
    private final int firstVc;
    private final int vcCount;
    private final int depth;
    private final boolean cutThrough;

    /** Per tile: the source queue as a linked list of packet rows. */
    private final int[] queueHead;
    private final int[] queueTail;
    /** Per tile: flits of the head packet already injected, and the channel it uses (-1: none yet). */
    private final int[] sentFlits;
    private final int[] channel;
    /** Per tile: the injection VC to try first (round-robin). */
    private final int[] nextVc;
    private final ActiveSet injecting;
    private long queuedPackets;

    /** Flits on their way to an interface: pairs (tile, flit word) by arrival cycle. */
    private final TimingWheel arriving;

    NetworkInterfaces(int tiles, int[] localChannelBase, Packets packets, InputBuffers buffers, RoutingFunction routing, Statistics statistics,
                    ActiveSet routersWithFlits, FlowControl flowControl, int linkLatency, Network network) {
        this.packets = packets;
        this.buffers = buffers;
        this.routing = routing;
        this.statistics = statistics;
        this.routersWithFlits = routersWithFlits;
        this.network = network;
        this.localChannelBase = localChannelBase;
        this.firstVc = routing.injectionFirstVc();
        this.vcCount = routing.injectionVcCount();
        this.depth = buffers.depth;
        this.cutThrough = flowControl == FlowControl.VIRTUAL_CUT_THROUGH;
        queueHead = new int[tiles];
        queueTail = new int[tiles];
        java.util.Arrays.fill(queueHead, Packets.NONE);
        java.util.Arrays.fill(queueTail, Packets.NONE);
        sentFlits = new int[tiles];
        channel = new int[tiles];
        java.util.Arrays.fill(channel, -1);
        nextVc = new int[tiles];
        injecting = new ActiveSet(tiles);
        arriving = new TimingWheel(linkLatency + 1);
    }

    /** Appends packet {@code packet} to {@code tile}'s source queue. */
    void enqueue(int tile, int packet) {
        if (queueTail[tile] == Packets.NONE) {
            queueHead[tile] = packet;
        } else {
            packets.next[queueTail[tile]] = packet;
        }
        queueTail[tile] = packet;
        queuedPackets++;
        injecting.add(tile);
    }

    long queuedPackets() {
        return queuedPackets;
    }

    boolean hasWork() {
        return !injecting.isEmpty() || !arriving.isEmpty();
    }

    /** Whether any tile is injecting (as opposed to only flits arriving). */
    boolean isInjecting() {
        return !injecting.isEmpty();
    }

    /** Injects at most one flit per tile; returns the number injected. */
    int inject(long cycle) {
        int visited = injecting.size();
        int injected = 0;
        for (int i = 0; i < visited; i++) {
            int tile = injecting.get(i);
            if (injectOne(tile, cycle)) {
                injected++;
            }
        }
        injecting.retain(visited, tile -> queueHead[tile] != Packets.NONE);
        return injected;
    }

    private boolean injectOne(int tile, long cycle) {
        int packet = queueHead[tile];
        int flits = packets.flits[packet];
        int sent = sentFlits[tile];
        int vc = channel[tile];
        int base = localChannelBase[tile];
        if (vc < 0) {
            // A new packet: claim an injection channel that is not carrying another packet's flits
            // (its last flit was a tail, or it is empty) with room for one flit, or the whole packet.
            int needed = cutThrough ? flits : 1;
            int start = nextVc[tile];
            for (int k = 0; k < vcCount && vc < 0; k++) {
                int candidate = firstVc + (start + k) % vcCount;
                int c = base + candidate;
                if (buffers.space(c) >= needed) {
                    vc = c;
                    nextVc[tile] = (start + k + 1) % vcCount;
                }
            }
            if (vc < 0) {
                return false;
            }
            channel[tile] = vc;
            packets.injectedCycle[packet] = cycle;
            Message m = packets.message[packet];
            if (m != null) {
                m.injectionStarted(cycle);
            }
        } else if (buffers.space(vc) == 0) {
            return false;
        }
        boolean head = sent == 0;
        boolean tail = sent + 1 == flits;
        buffers.push(vc, Flit.of(packet, head, tail), cycle + network.routerLatency());
        routersWithFlits.add(vc / buffers.vcs / buffers.ports);
        statistics.countInjectedFlit(tile);
        if (tail) {
            sentFlits[tile] = 0;
            channel[tile] = -1;
            int next = packets.next[packet];
            queueHead[tile] = next;
            if (next == Packets.NONE) {
                queueTail[tile] = Packets.NONE;
            }
            queuedPackets--;
            Message m = packets.message[packet];
            if (m != null && packetIsLastOf(packet, m)) {
                m.injectionFinished(cycle + 1);
                network.injected(m);
            }
        } else {
            sentFlits[tile] = sent + 1;
        }
        return true;
    }

    private boolean packetIsLastOf(int packet, Message m) {
        int next = packets.next[packet];
        return next == Packets.NONE || packets.message[next] != m;
    }

    /** The router's switch sent {@code flit} to {@code tile}'s ejection channel; it arrives at {@code cycle}. */
    void arrive(int tile, int flit, long cycle) {
        arriving.add(cycle, tile);
        arriving.add(cycle, flit);
    }

    /** Consumes the flits arriving at {@code cycle}. */
    void eject(long cycle) {
        int n = arriving.size(cycle);
        if (n == 0) {
            return;
        }
        int[] bucket = arriving.bucket(cycle);
        // Completing a packet may run listeners that send, which never adds to this bucket
        // (arrivals are at least t_l + 1 cycles ahead), so the bucket is stable while we read it.
        for (int i = 0; i < n; i += 2) {
            int tile = bucket[i];
            int flit = bucket[i + 1];
            int packet = Flit.packet(flit);
            packets.ejected[packet]++;
            statistics.countEjectedFlit(tile);
            if (Flit.isTail(flit)) {
                network.packetArrived(packet, cycle);
            }
        }
        arriving.clear(cycle);
    }
}
