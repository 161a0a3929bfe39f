/** Comparisons, membership, identity, truth and the short-circuit boolean operators. */
package org.tessera.lang.nodes.compare;
