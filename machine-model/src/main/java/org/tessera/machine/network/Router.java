package org.tessera.machine.network;

import org.tessera.machine.config.FlowControl;
import org.tessera.machine.routing.Route;
import org.tessera.machine.routing.RoutingFunction;
import org.tessera.machine.stats.Statistics;
import org.tessera.machine.topology.Topology;

/**
 * One cycle of a router's pipeline, applied to whichever router is active. The pipeline is
 * {@code routerLatency} cycles deep (Garnet's default router is one cycle): a flit that arrives at
 * cycle a may traverse the switch from cycle a + t_r − 1 on, and reaches the next router's buffer
 * t_l + 1 cycles after it traverses (one cycle of switch traversal, t_l of wire). So each hop costs
 * t_r + t_l cycles at zero load.
 *
 * <p>Per cycle: for each input port, route computation for a new head (RC), then the input
 * arbiter picks one virtual channel whose head flit is eligible and can go — its packet holds an
 * output channel with a credit, or (a head) a free one can be claimed (VA); then the output
 * arbiters grant one input each (SA) and the winners traverse the switch (ST): the flit leaves its
 * buffer, a credit goes back upstream, and the flit lands in the downstream buffer or on the
 * ejection channel.
 */
final class Router {
    private final InputBuffers buffers;
    private final CreditCounters credits;
    private final VirtualChannelAllocator channels;
    private final SwitchAllocator switches;
    private final Links links;
    private final Packets packets;
    private final NetworkInterfaces interfaces;
    private final RoutingFunction routing;
    private final Statistics statistics;
    private final ActiveSet activeRouters;
    private final int ports;
    private final int vcs;
    private final int depth;
    private final int routerLatency;
    private final int linkLatency;
    private final boolean cutThrough;

    Router(InputBuffers buffers, CreditCounters credits, VirtualChannelAllocator channels, SwitchAllocator switches, Links links, Packets packets,
                    NetworkInterfaces interfaces, RoutingFunction routing, Statistics statistics, ActiveSet activeRouters, int routerLatency,
                    FlowControl flowControl) {
        this.buffers = buffers;
        this.credits = credits;
        this.channels = channels;
        this.switches = switches;
        this.links = links;
        this.packets = packets;
        this.interfaces = interfaces;
        this.routing = routing;
        this.statistics = statistics;
        this.activeRouters = activeRouters;
        this.ports = buffers.ports;
        this.vcs = buffers.vcs;
        this.depth = buffers.depth;
        this.routerLatency = routerLatency;
        this.linkLatency = links.latency;
        this.cutThrough = flowControl == FlowControl.VIRTUAL_CUT_THROUGH;
    }

    /** Simulates one cycle of router {@code router}; returns the number of flits it moved. */
    int step(int router, long cycle) {
        final int[] portFlits = buffers.portFlits;
        final int[] state = buffers.state;
        final int[] slots = buffers.slots;
        final int[] credit = credits.credits;
        final int[] downstream = links.downstream;
        final int now = (int) cycle;
        final int base = router * ports;
        switches.begin();
        for (int port = 0; port < ports; port++) {
            int inPort = base + port;
            if (portFlits[inPort] == 0) {
                continue;
            }
            int start = switches.nextVc[inPort];
            for (int k = 0; k < vcs; k++) {
                int vc = start + k;
                if (vc >= vcs) {
                    vc -= vcs;
                }
                int channel = inPort * vcs + vc;
                int cs = channel * InputBuffers.STRIDE;
                if (state[cs + InputBuffers.COUNT] == 0) {
                    continue;
                }
                int slot = (channel * depth + state[cs + InputBuffers.HEAD]) << 1;
                if (slots[slot + 1] - now > 0) {
                    continue;
                }
                int r = state[cs + InputBuffers.ROUTE];
                if (r == InputBuffers.UNROUTED) {
                    r = routing.route(router, port, vc, packets.destination[Flit.packet(slots[slot])]);
                    state[cs + InputBuffers.ROUTE] = r;
                }
                int outPort = base + Route.port(r);
                int out = state[cs + InputBuffers.OUT];
                if (downstream[outPort] < 0) {
                    // The ejection channel: the interface sinks a flit per cycle, no credits or VCs.
                    out = InputBuffers.NO_CHANNEL;
                } else if (out == InputBuffers.NO_CHANNEL) {
                    int needed = cutThrough ? packets.flits[Flit.packet(slots[slot])] : 1;
                    out = channels.findFree(outPort, Route.firstVc(r), Route.vcCount(r), needed);
                    if (out < 0) {
                        continue;
                    }
                } else if (credit[out << 1] == 0) {
                    continue;
                }
                switches.nominate(port, channel, out, Route.port(r));
                break;
            }
        }
        int nominations = switches.arbitrate(router);
        int moved = 0;
        for (int i = 0; i < nominations; i++) {
            if (switches.granted(router, i)) {
                traverse(router, switches.inputOf(i), switches.channelOf(i), switches.outputChannelOf(i), base + switches.outputOf(i), cycle);
                moved++;
            }
        }
        return moved;
    }

    private void traverse(int router, int port, int channel, int out, int outPort, long cycle) {
        int flit = buffers.pop(channel);
        int packet = Flit.packet(flit);
        int upstream = links.upstream[router * ports + port];
        if (upstream >= 0) {
            credits.sendBack(upstream * vcs + channel % vcs, cycle);
        }
        if (Flit.isHead(flit)) {
            packets.hops[packet]++;
        }
        int far = links.downstream[outPort];
        if (far >= 0) {
            if (Flit.isHead(flit)) {
                channels.claim(out, channel);
                buffers.state[channel * InputBuffers.STRIDE + InputBuffers.OUT] = out;
            }
            credits.consume(out);
            buffers.push(far * vcs + out % vcs, flit, cycle + linkLatency + routerLatency);
            activeRouters.add(far / ports);
        } else {
            interfaces.arrive(Topology.tileOfTerminal(far), flit, cycle + linkLatency + 1);
        }
        if (Flit.isTail(flit)) {
            if (out != InputBuffers.NO_CHANNEL) {
                channels.release(out);
            }
            buffers.state[channel * InputBuffers.STRIDE + InputBuffers.ROUTE] = InputBuffers.UNROUTED;
            buffers.state[channel * InputBuffers.STRIDE + InputBuffers.OUT] = InputBuffers.NO_CHANNEL;
        }
        statistics.countLinkFlit(outPort);
    }
}
