/**
 * The tiles themselves: each has a core with {@code threads} hardware threads and {@code sram_bytes}
 * of local SRAM ({@link org.tessera.machine.config.TileConfig}). {@link org.tessera.machine.tile.Tiles}
 * is the one object holding every tile's state: a heap allocator per tile whose exhaustion is an
 * {@link org.tessera.machine.tile.Allocation.OutOfMemory} outcome (never an exception), and compute
 * tasks that occupy a hardware thread for a number of cycles on the
 * {@link org.tessera.machine.engine.Engine}, with busy/idle accounting for reports
 * ({@link org.tessera.machine.tile.TileUsage}).
 */
package org.tessera.machine.tile;
