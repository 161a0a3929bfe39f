package org.tessera.machine.config;

/**
 * The routers and links. Latencies are in cycles; {@code flitBytes} is also the link width
 * (one flit per cycle per direction), so serialising L bytes takes ⌈L/flitBytes⌉ cycles.
 */
public record NetworkConfig(FlowControl flowControl, int flitBytes, int virtualChannels, int bufferDepth, int routerLatency, int linkLatency,
                int creditLatency, int maxPacketBytes, int watchdogCycles, CircuitConfig circuits) {

    /** A packet-switched network (the circuit keys at their defaults). */
    public NetworkConfig(FlowControl flowControl, int flitBytes, int virtualChannels, int bufferDepth, int routerLatency, int linkLatency,
                    int creditLatency, int maxPacketBytes, int watchdogCycles) {
        this(flowControl, flitBytes, virtualChannels, bufferDepth, routerLatency, linkLatency, creditLatency, maxPacketBytes, watchdogCycles,
                        CircuitConfig.PACKET);
    }

    /** Flits in a packet of {@code bytes} bytes (a packet has at least one flit). */
    public int flitsFor(long bytes) {
        return (int) Math.max(1, (bytes + flitBytes - 1) / flitBytes);
    }

    /** Flits in the largest packet. */
    public int maxPacketFlits() {
        return flitsFor(maxPacketBytes);
    }
}
