/**
 * Arithmetic and bitwise operators. Each node specializes {@code long} (overflow-checked, then
 * boxed big-int results), {@code double} and mixed operands, and hands everything else to
 * {@link org.tessera.lang.runtime.BinaryOps}, which also serves the in-place forms.
 */
package org.tessera.lang.nodes.arithmetic;
