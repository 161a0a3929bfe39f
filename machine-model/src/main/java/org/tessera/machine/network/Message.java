package org.tessera.machine.network;

import org.tessera.machine.time.Cycles;

/**
 * A message from one tile to another: {@code bytes} of data, carried as one or more packets.
 * Created by {@link Network#send}; complete when every packet has been ejected at the destination.
 */
public final class Message {
    private final long id;
    private final int source;
    private final int destination;
    private final long bytes;
    private final long sentCycle;
    private final Object payload;
    private final DeliveryListener listener;
    private final int packets;
    private int packetsDelivered;
    private long injectionStartCycle = -1;
    private long injectionEndCycle = -1;
    private long deliveredCycle = -1;

    Message(long id, int source, int destination, long bytes, long sentCycle, Object payload, DeliveryListener listener, int packets) {
        this.id = id;
        this.source = source;
        this.destination = destination;
        this.bytes = bytes;
        this.sentCycle = sentCycle;
        this.payload = payload;
        this.listener = listener;
        this.packets = packets;
    }

    /** Sequential from 0 in the order messages were sent. */
    public long id() {
        return id;
    }

    public int source() {
        return source;
    }

    public int destination() {
        return destination;
    }

    public long bytes() {
        return bytes;
    }

    /** Whatever the sender attached (e.g. a collective's data or a memory request). */
    public Object payload() {
        return payload;
    }

    /** When the message was handed to the source's network interface. */
    public Cycles sentAt() {
        return Cycles.of(sentCycle);
    }

    /** When its last flit reached the destination, or null while in flight. */
    public Cycles deliveredAt() {
        return deliveredCycle < 0 ? null : Cycles.of(deliveredCycle);
    }

    public boolean isDelivered() {
        return deliveredCycle >= 0;
    }

    /** Delivery time minus send time (queueing at the source included). */
    public Cycles latency() {
        if (deliveredCycle < 0) {
            throw new IllegalStateException(this + " has not been delivered yet");
        }
        return Cycles.of(deliveredCycle - sentCycle);
    }

    public int packets() {
        return packets;
    }

    long sentCycle() {
        return sentCycle;
    }

    /** The cycle the interface wrote the first flit, or -1. */
    public long injectionStartCycle() {
        return injectionStartCycle;
    }

    /** The cycle after the interface wrote the last flit, or -1. */
    public long injectionEndCycle() {
        return injectionEndCycle;
    }

    void injectionStarted(long cycle) {
        if (injectionStartCycle < 0) {
            injectionStartCycle = cycle;
        }
    }

    void injectionFinished(long cycle) {
        injectionEndCycle = cycle;
    }

    /** Counts a delivered packet; true when it was the last. */
    boolean packetDelivered(long cycle) {
        packetsDelivered++;
        if (packetsDelivered == packets) {
            deliveredCycle = cycle;
            return true;
        }
        return false;
    }

    /** Every packet at once: the message came over a circuit. */
    void deliveredWhole(long cycle) {
        packetsDelivered = packets;
        deliveredCycle = cycle;
    }

    DeliveryListener listener() {
        return listener;
    }

    @Override
    public String toString() {
        return "message " + id + " " + source + "→" + destination + " (" + bytes + " B)";
    }
}
