/**
 * Generators without threads. A generator's frame is materialized and kept in the generator;
 * resuming runs the body again on that frame with a "resuming" flag set. Every node that
 * contains a yield records in frame slots where it is (statement index, branch taken, loop
 * state, values of finished sub-expressions), so the replay goes straight back to the yield that
 * suspended, which clears the flag and hands over the sent value.
 */
package org.tessera.lang.nodes.generator;
