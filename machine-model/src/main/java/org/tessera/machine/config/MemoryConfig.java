package org.tessera.machine.config;

/** Tile memory: SRAM access time, the header of remote-access messages, allocation alignment. */
public record MemoryConfig(int accessCycles, int headerBytes, int alignmentBytes) {
}
