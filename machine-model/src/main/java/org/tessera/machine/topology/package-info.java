/**
 * Topologies: one class per family ({@link org.tessera.machine.topology.Mesh},
 * {@link org.tessera.machine.topology.Torus}, {@link org.tessera.machine.topology.Hypercube},
 * {@link org.tessera.machine.topology.FatTree}, {@link org.tessera.machine.topology.Exchange}).
 * A topology says which router each tile hangs off, how router ports are wired, how many routers a
 * minimal route traverses, and where things go on a plot. It knows nothing of flits or timing.
 *
 * <p>Port conventions: a port number is the same for the input and the output side of one
 * bidirectional connection, and {@link org.tessera.machine.topology.Topology#link} gives, for an
 * output port, the input port at the far end.
 */
package org.tessera.machine.topology;
