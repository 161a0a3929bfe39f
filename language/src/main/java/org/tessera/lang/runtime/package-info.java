/**
 * Run-time values of Tessera and the semantics shared by nodes and builtins. Python {@code int}
 * is a Java {@code long} or a {@link org.tessera.lang.runtime.PyBigInt}, {@code float} a
 * {@code double}, {@code bool} a {@code boolean}, {@code str} a {@link java.lang.String} (indexed by
 * code point, see {@link org.tessera.lang.runtime.StrOps}); everything else is a class here.
 */
package org.tessera.lang.runtime;
