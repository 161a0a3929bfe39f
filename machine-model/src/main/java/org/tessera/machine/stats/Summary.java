package org.tessera.machine.stats;

import java.util.ArrayList;
import java.util.List;

import org.tessera.machine.topology.Topology;

/**
 * The headline numbers of one measured run, taken from its {@link Statistics} at the end: what the
 * table, the JSON and the load-sweep CSV report for it. Latencies are in cycles, throughputs in
 * flits per tile per cycle, utilisations are fractions of the window's cycles. A statistic without
 * samples is NaN (written as null or an empty field).
 *
 * @param linkUtilisationMean mean over router-to-router links (ejection channels are counted by
 *                            {@code accepted}); NaN if the topology has none
 * @param busiestLink         the router-to-router link with the most flits (the lowest router and
 *                            port on a tie), or null without links or traffic
 * @param interfaceUtilisation mean over tiles of the fraction of cycles the interface injected a flit
 * @param latencyHistogram    packet latencies in at most {@link #HISTOGRAM_BINS} equal bins
 */
public record Summary(long windowCycles, long packetsGenerated, long packets, double injected, double accepted, double latencyMean, long latencyP50,
                long latencyP99, long latencyMax, double networkLatencyMean, double hopsMean, double bufferedFlitsMean, long bufferedFlitsMax,
                double queuedPacketsMean, long queuedPacketsMax, double linkUtilisationMean, double linkUtilisationMax, Link busiestLink,
                double routerUtilisationMean, double routerUtilisationMax, double interfaceUtilisation, List<Bin> latencyHistogram) {

    /** Bins of {@link #latencyHistogram}: at most this many, of equal width. */
    public static final int HISTOGRAM_BINS = 20;

    /** Packets whose latency L was in [from, to). */
    public record Bin(long from, long to, long packets) {
    }

    /** An output port of a router and what it connects. */
    public record Link(int router, int port, String from, String to, long flits) {
    }

    /** The summary of what {@code stats} holds for a network of shape {@code labels.topology()}. */
    public static Summary of(Statistics stats, TopologyLabels labels) {
        Topology topology = labels.topology();
        double window = stats.windowCycles();
        long linkFlits = 0;
        long links = 0;
        long maxLinkFlits = -1;
        int busiestRouter = -1;
        int busiestPort = -1;
        double routerSum = 0;
        double routerMax = 0;
        for (int r = 0; r < topology.routers(); r++) {
            int connected = 0;
            for (int p = 0; p < topology.ports(); p++) {
                int far = topology.link(r, p);
                if (far == Topology.UNCONNECTED) {
                    continue;
                }
                connected++;
                if (far >= 0) {
                    long flits = stats.linkFlits(r, p);
                    linkFlits += flits;
                    links++;
                    if (flits > maxLinkFlits) {
                        maxLinkFlits = flits;
                        busiestRouter = r;
                        busiestPort = p;
                    }
                }
            }
            double u = stats.routerUtilisation(r, connected);
            routerSum += u;
            routerMax = Math.max(routerMax, u);
        }
        long injectedFlits = 0;
        for (int t = 0; t < topology.tiles(); t++) {
            injectedFlits += stats.injectedFlits(t);
        }
        Link busiest = maxLinkFlits <= 0 ? null
                        : new Link(busiestRouter, busiestPort, labels.router(busiestRouter), labels.target(topology.link(busiestRouter, busiestPort)),
                                        maxLinkFlits);
        LatencyHistogram latency = stats.packetLatency();
        return new Summary(stats.windowCycles(), stats.packetsGenerated(), stats.packetsDelivered(), stats.injectedThroughput(), stats.acceptedThroughput(),
                        latency.mean(), latency.percentile(0.5), latency.percentile(0.99), latency.max(), stats.networkLatency().mean(), stats.meanHops(),
                        stats.meanBufferedFlits(), stats.maxBufferedFlits(), stats.meanQueuedPackets(), stats.maxQueuedPackets(),
                        links == 0 || window == 0 ? Double.NaN : linkFlits / (links * window), links == 0 || window == 0 ? Double.NaN : maxLinkFlits / window,
                        busiest, routerSum / topology.routers(), routerMax, window == 0 ? 0 : injectedFlits / (topology.tiles() * window), bins(latency));
    }

    private static List<Bin> bins(LatencyHistogram latency) {
        List<Bin> bins = new ArrayList<>();
        for (long[] b : latency.bins(HISTOGRAM_BINS)) {
            bins.add(new Bin(b[0], b[1], b[2]));
        }
        return List.copyOf(bins);
    }
}
