package org.tessera.machine.tile;

/**
 * One tile's figures for a report, over {@code elapsedCycles} cycles since its {@link Tiles} was
 * created. {@code busyCycles + idleCycles == elapsedCycles}; {@code threadCycles} counts each busy
 * thread, so it is at most {@code threads × busyCycles}.
 */
public record TileUsage(int tile, long elapsedCycles, long busyCycles, long idleCycles, long threadCycles, long computeTasks, long usedBytes,
                long peakBytes, long freeBytes) {
}
