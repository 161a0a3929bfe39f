package org.tessera.machine.config;

/** Bulk-synchronous execution: the cost of the hardware barrier between compute and exchange. */
public record BspConfig(int syncCycles) {
}
