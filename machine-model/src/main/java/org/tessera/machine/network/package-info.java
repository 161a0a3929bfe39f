/**
 * The network-on-chip, flit by flit. {@link org.tessera.machine.network.Network} is the component
 * the engine steps; the hardware units are one class each: {@link org.tessera.machine.network.NetworkInterfaces}
 * (injection and ejection queues of every tile), {@link org.tessera.machine.network.InputBuffers}
 * (the virtual-channel flit buffers of every router input), {@link org.tessera.machine.network.VirtualChannelAllocator},
 * {@link org.tessera.machine.network.SwitchAllocator} (round-robin separable allocator),
 * {@link org.tessera.machine.network.CreditCounters} (credit-based flow control),
 * {@link org.tessera.machine.network.Links} (wires and their latency) and
 * {@link org.tessera.machine.network.Router} (one cycle of a router's pipeline).
 *
 * <p>Because a wafer-scale mesh has a million routers, each class holds the state of <em>all</em>
 * units of its kind in flat arrays indexed by unit number (struct of arrays). A flit is an
 * {@code int} in a buffer slot, never an object; packets live in {@link org.tessera.machine.network.Packets},
 * a table with recycled rows. Only whole messages are objects ({@link org.tessera.machine.network.Message}).
 */
package org.tessera.machine.network;
