/**
 * Simulated time. {@link org.tessera.machine.time.Cycles} is a point or a span of machine
 * cycles; {@link org.tessera.machine.time.Frequency} turns cycles into wall-clock units for
 * reports and traces. The machine has one clock domain: cores and network run at the tile
 * clock, as on Epiphany and the IPU.
 *
 * <p>The public API speaks {@code Cycles}. The per-cycle hot path of the network keeps raw
 * {@code long} cycle numbers in arrays (struct of arrays); such fields and parameters are
 * always named {@code ...cycle}.
 */
package org.tessera.machine.time;
