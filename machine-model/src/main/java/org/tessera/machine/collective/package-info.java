/**
 * Collective operations built from messages through the {@link org.tessera.machine.network.Network}.
 * {@link org.tessera.machine.collective.Collectives} is the entry point; a
 * {@link org.tessera.machine.collective.Collective} and an {@link org.tessera.machine.collective.Algorithm}
 * name what to run (the table of which pairs exist is on {@code Collective}), and a
 * {@link org.tessera.machine.collective.CollectiveResult} says how long it took and, when the
 * request carried values, what every rank ended with.
 *
 * <p>How it works: an algorithm is a {@link org.tessera.machine.collective.Schedule}, plain data listing
 * every message and each rank's program of sends and receives, composed from the building blocks
 * in {@link org.tessera.machine.collective.BinomialTree}, {@link org.tessera.machine.collective.Ring} and
 * {@link org.tessera.machine.collective.RecursiveDoubling} by {@link org.tessera.machine.collective.Plans}.
 * An {@link org.tessera.machine.collective.Execution} then runs the programs on the engine: sends
 * pay the software overhead on the tile's thread, receives wait for their message and pay the
 * combining cost. Keeping the pattern separate from its execution lets one interpreter carry the
 * costs and the data for every algorithm, and lets the tests check the pattern by its values.
 *
 * <p>Sources: Thakur, Rabenseifner &amp; Gropp, "Optimization of collective communication
 * operations in MPICH", IJHPCA 19(1):49–66, 2005 (binomial trees, recursive doubling and halving,
 * Rabenseifner's algorithm, the fold for non-powers of two); Chan, Heimlich, Purkayastha &amp; van de
 * Geijn, "Collective communication: theory, practice, and experience", CCPE 19(13):1749–1783, 2007
 * (the α–β–γ cost model, broadcast as scatter + all-gather); Patarasuk &amp; Yuan, JPDC 69(2), 2009
 * (the ring all-reduce).
 */
package org.tessera.machine.collective;
