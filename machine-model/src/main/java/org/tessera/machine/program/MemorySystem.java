package org.tessera.machine.program;

/**
 * Where objects live besides the tiles' SRAM ({@code --tilemachine.Memory}); see
 * {@link MemoryModel}.
 */
public enum MemorySystem {
    /** Every object in some tile's SRAM, a full tile spilling to its nearest neighbour with room: the model as it was. */
    SRAM,
    /** Every object in DRAM behind the off-chip controllers: the DRAM baseline. */
    OFFCHIP,
    /** Objects in SRAM; one that does not fit its tile goes off-chip instead of to a neighbour. */
    SPILL_OFFCHIP,
    /**
     * Every k-th tile is a memory tile: it runs no task and holds the objects (interleaved by id);
     * the other tiles reach them through a software cache in their own SRAM.
     */
    MEMORY_TILES;

    /** {@code sram}, {@code offchip}, {@code spill-offchip}, {@code memory-tiles}; an error lists the valid values. */
    public static MemorySystem parse(String text) {
        return Choices.parse(MemorySystem.class, "memory system", text);
    }

    public String spelling() {
        return Choices.spelling(this);
    }
}
