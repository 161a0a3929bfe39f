/**
 * Bulk-synchronous execution, as on the Graphcore IPU: a superstep is a compute phase on every
 * tile, a hardware barrier ({@code bsp.sync_cycles}), then an exchange phase in which the messages
 * the tiles prepared cross the network. {@link org.tessera.machine.bsp.Bsp} runs supersteps and
 * reports each phase's cycles (Valiant's w + l + g·h, with g·h measured, not assumed).
 */
package org.tessera.machine.bsp;
