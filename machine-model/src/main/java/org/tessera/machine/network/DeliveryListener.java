package org.tessera.machine.network;

/**
 * Told when a message has arrived. It runs in the delivery phase of the cycle the last flit
 * arrived ({@code message.deliveredAt()}); messages it sends for that same cycle leave in that cycle.
 */
@FunctionalInterface
public interface DeliveryListener {
    void delivered(Message message);
}
