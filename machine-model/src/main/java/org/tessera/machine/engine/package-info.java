/**
 * The discrete-event core. The {@link org.tessera.machine.engine.Engine} advances simulated
 * time cycle by cycle, but only through cycles where something happens: scheduled events, or
 * a {@link org.tessera.machine.engine.Clocked} component (the network, a traffic generator)
 * that says it has work. Ties are broken by a stable key (the order events were scheduled),
 * and all randomness comes from a seeded {@link org.tessera.machine.engine.DeterministicRandom},
 * so a run is a pure function of its configuration and seed.
 */
package org.tessera.machine.engine;
