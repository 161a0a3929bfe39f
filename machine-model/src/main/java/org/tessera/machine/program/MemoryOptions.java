package org.tessera.machine.program;

import java.util.Objects;

/**
 * How objects are held beyond the tiles' SRAM ({@link ProgramModel#setMemory}).
 *
 * @param system         which memory system
 * @param memoryTileStep with {@link MemorySystem#MEMORY_TILES}: tiles k − 1, 2k − 1, … (every k-th)
 *                       are memory tiles; on a mesh whose width k divides, whole columns
 * @param cacheBytes     with memory tiles: each compute tile's software cache, taken from its SRAM
 * @param cachePolicy    which cached object a full cache evicts
 * @param lookupCycles   the software tag check every access to a tracked object pays
 */
public record MemoryOptions(MemorySystem system, int memoryTileStep, long cacheBytes, CachePolicy cachePolicy, int lookupCycles) {

    /** The defaults of the {@code --tilemachine.*} options: SRAM only. */
    public static final MemoryOptions SRAM = new MemoryOptions(MemorySystem.SRAM, 2, 16_384, CachePolicy.LRU, 4);

    public MemoryOptions {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(cachePolicy, "cachePolicy");
        if (memoryTileStep < 2) {
            throw new IllegalArgumentException("every k-th tile a memory tile needs k ≥ 2, got " + memoryTileStep);
        }
        if (cacheBytes < 0 || lookupCycles < 0) {
            throw new IllegalArgumentException("cache bytes and lookup cycles cannot be negative");
        }
    }

    public MemoryOptions withSystem(MemorySystem other) {
        return new MemoryOptions(other, memoryTileStep, cacheBytes, cachePolicy, lookupCycles);
    }

    public MemoryOptions withCache(long bytes, CachePolicy policy) {
        return new MemoryOptions(system, memoryTileStep, bytes, policy, lookupCycles);
    }
}
