package org.tessera.machine.network;

/** Sees message-level network activity (a trace recorder); never called per flit. */
public interface NetworkObserver {
    /** The source interface wrote the message's last flit; it occupied the interface during [start, end). */
    void injected(Message message, long startCycle, long endCycle);

    /** The message's last flit arrived. */
    void delivered(Message message, long cycle);
}
