package org.tessera.machine.network;

import org.tessera.machine.stats.Decimals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What hybrid switching did (see {@link CircuitPlane}).
 *
 * @param messages            data messages delivered (set-up probes and acknowledgements not counted),
 *                            by circuit or as packets; synthetic packets count as messages
 * @param circuitMessages     of those, the ones that went over a circuit
 * @param meanLatency         their mean latency, sending to arrival, in cycles
 * @param meanCircuitLatency  the mean latency of the ones on circuits
 * @param circuitFlitHops     flits × routers crossed on circuits
 * @param setups              set-ups started (a probe sent)
 * @param established         set-ups that gave a circuit
 * @param failed              set-ups that found a port without a free lane
 * @param teardowns           circuits torn down (idle at their next use, or their lane reclaimed)
 * @param meanSetupCycles     probe sent to acknowledgement back, over finished set-ups
 */
public record CircuitStatistics(long messages, long circuitMessages, double meanLatency, double meanCircuitLatency, long circuitFlitHops, long setups,
                long established, long failed, long teardowns, double meanSetupCycles) {

    /** Every figure, for a summary's JSON (fixed order; decimals through {@link Decimals}). */
    public ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("messages", messages);
        node.put("circuit_messages", circuitMessages);
        node.put("circuit_share", Decimals.of(circuitShare()));
        node.put("mean_latency", Decimals.of(meanLatency));
        node.put("mean_circuit_latency", Decimals.of(meanCircuitLatency));
        node.put("circuit_flit_hops", circuitFlitHops);
        node.put("setups", setups);
        node.put("established", established);
        node.put("failed", failed);
        node.put("teardowns", teardowns);
        node.put("mean_setup_cycles", Decimals.of(meanSetupCycles));
        return node;
    }

    /** The share of messages that went over circuits, 0…1. */
    public double circuitShare() {
        return messages == 0 ? 0 : (double) circuitMessages / messages;
    }
}
