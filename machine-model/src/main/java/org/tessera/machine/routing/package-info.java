/**
 * Routing functions: for a head flit at a router, the output port and the range of virtual
 * channels it may take there. All are deterministic and deadlock-free on their topology:
 * dimension order on meshes (no turn from a higher to a lower dimension, so channel dependencies
 * are acyclic) and on tori (plus dateline VC classes within each ring), e-cube on hypercubes,
 * up*&#47;down* on fat trees, and a single hop on the exchange.
 */
package org.tessera.machine.routing;
