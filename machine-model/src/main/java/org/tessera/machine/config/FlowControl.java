package org.tessera.machine.config;

/**
 * How a router decides that a packet's head may advance (Dally &amp; Towles, ch. 13).
 * Both use credits; they differ in how much downstream space the head needs.
 */
public enum FlowControl {
    /** The head advances when the downstream virtual channel has one free flit slot. */
    WORMHOLE,
    /** The head advances only when the downstream virtual channel can hold the whole packet. */
    VIRTUAL_CUT_THROUGH
}
