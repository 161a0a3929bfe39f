package org.tessera.machine.stats;

/**
 * Every number a run measures, in one place. The network counts into it on its hot path (plain
 * array increments, no objects); reports, CSV/JSON export and plots read it afterwards.
 *
 * <p>Counting follows the open-loop methodology of Dally &amp; Towles §23.1 and BookSim: a
 * <em>measurement window</em> [start, end) is set after warm-up; latency statistics cover the
 * packets <em>generated</em> in the window (however late they arrive), throughput and
 * utilisations cover the flits that moved in the window. Without an explicit window everything
 * from cycle 0 is measured.
 */
public final class Statistics {
    private final int tiles;
    private final int routers;
    private final int ports;

    private long windowStart;
    private long windowEnd = Long.MAX_VALUE;
    private boolean counting = true;
    private long lastCycle;

    /** Per global output port ({@code router * ports + port}): flits sent in the window. */
    private final long[] linkFlits;
    /** Per tile: flits its interface injected / ejected in the window. */
    private final long[] injectedFlits;
    private final long[] ejectedFlits;

    private final LatencyHistogram packetLatency = new LatencyHistogram();
    private final LatencyHistogram networkLatency = new LatencyHistogram();
    private final LatencyHistogram messageLatency = new LatencyHistogram();
    private long packetsGenerated;
    private long packetsDelivered;
    private long flitsDelivered;
    private long hopSum;
    private long flitHops;
    private long allFlitHops;
    private long messagesDelivered;

    // Time integrals of occupancy, advanced whenever a level changes.
    private long occupancyCycle;
    private long bufferedFlits;
    private long queuedPackets;
    private double bufferIntegral;
    private double queueIntegral;
    private long maxBufferedFlits;
    private long maxQueuedPackets;

    public Statistics(int tiles, int routers, int ports) {
        this.tiles = tiles;
        this.routers = routers;
        this.ports = ports;
        linkFlits = new long[Math.multiplyExact(routers, ports)];
        injectedFlits = new long[tiles];
        ejectedFlits = new long[tiles];
    }

    // ---- the measurement window -------------------------------------------------------------

    /** Starts a fresh measurement at {@code cycle}: everything counted so far is discarded. */
    public void startWindow(long cycle) {
        java.util.Arrays.fill(linkFlits, 0);
        java.util.Arrays.fill(injectedFlits, 0);
        java.util.Arrays.fill(ejectedFlits, 0);
        packetLatency.clear();
        networkLatency.clear();
        messageLatency.clear();
        packetsGenerated = 0;
        packetsDelivered = 0;
        flitsDelivered = 0;
        hopSum = 0;
        flitHops = 0;
        messagesDelivered = 0;
        bufferIntegral = 0;
        queueIntegral = 0;
        maxBufferedFlits = bufferedFlits;
        maxQueuedPackets = queuedPackets;
        occupancyCycle = cycle;
        windowStart = cycle;
        windowEnd = Long.MAX_VALUE;
        counting = true;
    }

    /** Ends the window at {@code cycle}: flit counts stop; latencies of packets generated in it still count. */
    public void endWindow(long cycle) {
        integrate(cycle);
        windowEnd = cycle;
        counting = false;
    }

    public long windowStart() {
        return windowStart;
    }

    /** The end of the window, or the last cycle seen if it is still open. */
    public long windowEnd() {
        return windowEnd == Long.MAX_VALUE ? lastCycle : windowEnd;
    }

    public long windowCycles() {
        return Math.max(0, windowEnd() - windowStart);
    }

    /** Whether a packet generated at {@code cycle} belongs to the measurement. */
    public boolean measures(long generatedCycle) {
        return generatedCycle >= windowStart && generatedCycle < windowEnd;
    }

    // ---- hot-path counters --------------------------------------------------------------------

    /** A flit left through global output port {@code outPort}. */
    public void countLinkFlit(int outPort) {
        allFlitHops++;
        if (counting) {
            linkFlits[outPort]++;
            flitHops++;
        }
    }

    public void countInjectedFlit(int tile) {
        if (counting) {
            injectedFlits[tile]++;
        }
    }

    public void countEjectedFlit(int tile) {
        if (counting) {
            ejectedFlits[tile]++;
            flitsDelivered++;
        }
    }

    public void countGeneratedPacket(long cycle) {
        if (measures(cycle)) {
            packetsGenerated++;
        }
    }

    /** A packet's tail arrived. Latency counts from generation; network latency from injecting the head. */
    public void packetDelivered(long generatedCycle, long injectedCycle, long deliveredCycle, int hops) {
        if (!measures(generatedCycle)) {
            return;
        }
        packetsDelivered++;
        packetLatency.add(deliveredCycle - generatedCycle);
        networkLatency.add(deliveredCycle - injectedCycle);
        hopSum += hops;
    }

    public void messageDelivered(long sentCycle, long deliveredCycle) {
        if (measures(sentCycle)) {
            messagesDelivered++;
            messageLatency.add(deliveredCycle - sentCycle);
        }
    }

    /** The network's occupancy changed at {@code cycle} (called once per simulated cycle at most). */
    public void occupancy(long cycle, long flitsInBuffers, long packetsQueued) {
        integrate(cycle);
        bufferedFlits = flitsInBuffers;
        queuedPackets = packetsQueued;
        if (counting) {
            maxBufferedFlits = Math.max(maxBufferedFlits, flitsInBuffers);
            maxQueuedPackets = Math.max(maxQueuedPackets, packetsQueued);
        }
    }

    /** Notes that the simulation has reached {@code cycle} (for an open window's length). */
    public void reached(long cycle) {
        lastCycle = Math.max(lastCycle, cycle);
    }

    private void integrate(long cycle) {
        long end = Math.min(cycle, windowEnd);
        if (end > occupancyCycle) {
            bufferIntegral += (double) bufferedFlits * (end - occupancyCycle);
            queueIntegral += (double) queuedPackets * (end - occupancyCycle);
            occupancyCycle = end;
        }
        lastCycle = Math.max(lastCycle, cycle);
    }

    // ---- results ------------------------------------------------------------------------------

    public int tiles() {
        return tiles;
    }

    public int routers() {
        return routers;
    }

    public int ports() {
        return ports;
    }

    /** Latency from generation (source queueing included) to the tail's arrival, per packet. */
    public LatencyHistogram packetLatency() {
        return packetLatency;
    }

    /** Latency from the head entering the network to the tail's arrival, per packet. */
    public LatencyHistogram networkLatency() {
        return networkLatency;
    }

    public LatencyHistogram messageLatency() {
        return messageLatency;
    }

    public long packetsGenerated() {
        return packetsGenerated;
    }

    public long packetsDelivered() {
        return packetsDelivered;
    }

    public long messagesDelivered() {
        return messagesDelivered;
    }

    /** Flits ejected in the window. */
    public long flitsDelivered() {
        return flitsDelivered;
    }

    /** Flit traversals of router output ports (including ejection) in the window. */
    public long flitHops() {
        return flitHops;
    }

    /** Flit traversals of router output ports since the start, window or not (the simulator's speed metric). */
    public long totalFlitHops() {
        return allFlitHops;
    }

    /** Mean routers traversed per measured packet. */
    public double meanHops() {
        return packetsDelivered == 0 ? Double.NaN : (double) hopSum / packetsDelivered;
    }

    /** Accepted throughput: flits ejected per tile per cycle in the window. */
    public double acceptedThroughput() {
        long cycles = windowCycles();
        return cycles == 0 ? 0 : (double) flitsDelivered / ((double) tiles * cycles);
    }

    /** Offered load actually injected: flits injected per tile per cycle in the window. */
    public double injectedThroughput() {
        long cycles = windowCycles();
        long sum = 0;
        for (long f : injectedFlits) {
            sum += f;
        }
        return cycles == 0 ? 0 : (double) sum / ((double) tiles * cycles);
    }

    /** Flits through output port {@code port} of {@code router} in the window. */
    public long linkFlits(int router, int port) {
        return linkFlits[router * ports + port];
    }

    /** The fraction of window cycles output {@code port} of {@code router} carried a flit. */
    public double linkUtilisation(int router, int port) {
        long cycles = windowCycles();
        return cycles == 0 ? 0 : (double) linkFlits[router * ports + port] / cycles;
    }

    /** Flits router {@code router} switched in the window. */
    public long routerFlits(int router) {
        long sum = 0;
        for (int p = 0; p < ports; p++) {
            sum += linkFlits[router * ports + p];
        }
        return sum;
    }

    /** Switch utilisation: flits switched per port per cycle (1.0 = every output busy every cycle). */
    public double routerUtilisation(int router, int connectedPorts) {
        long cycles = windowCycles();
        return cycles == 0 || connectedPorts == 0 ? 0 : (double) routerFlits(router) / ((double) cycles * connectedPorts);
    }

    public long injectedFlits(int tile) {
        return injectedFlits[tile];
    }

    public long ejectedFlits(int tile) {
        return ejectedFlits[tile];
    }

    /** Mean flits held in router input buffers over the window. */
    public double meanBufferedFlits() {
        long cycles = Math.max(1, occupancyCycle - windowStart);
        return bufferIntegral / cycles;
    }

    public long maxBufferedFlits() {
        return maxBufferedFlits;
    }

    /** Mean packets waiting in source queues (not yet fully injected) over the window. */
    public double meanQueuedPackets() {
        long cycles = Math.max(1, occupancyCycle - windowStart);
        return queueIntegral / cycles;
    }

    public long maxQueuedPackets() {
        return maxQueuedPackets;
    }
}
