package org.tessera.machine.config;

/**
 * Tile memory: SRAM access time, the header of remote-access messages, allocation alignment; and
 * the off-chip memory behind controllers at the edges.
 */
public record MemoryConfig(int accessCycles, int headerBytes, int alignmentBytes, OffChipConfig offChip) {

    /** With the default off-chip memory. */
    public MemoryConfig(int accessCycles, int headerBytes, int alignmentBytes) {
        this(accessCycles, headerBytes, alignmentBytes, OffChipConfig.DEFAULT);
    }
}
