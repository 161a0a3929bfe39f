package org.tessera.machine.config;

import org.tessera.machine.time.Frequency;

/** Every tile's core: clock, hardware threads and local SRAM. */
public record TileConfig(Frequency clock, int threads, long sramBytes) {
}
