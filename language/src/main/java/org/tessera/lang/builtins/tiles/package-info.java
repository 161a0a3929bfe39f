/**
 * The {@code tiles} module: {@code map}, {@code spawn}, {@code barrier} and {@code count}, the
 * parallel primitives of the modelled tile machine. Tasks run for real one after another, in
 * program order, so output is deterministic and equals CPython's with the pure-Python stand-in
 * ({@code tests/python/_lib/tiles.py}); tools see the parallel structure through tags
 * ({@code ParallelTag}, {@code TaskTag}, {@code BarrierTag}, {@code JoinTag}) and may run the
 * tasks side by side in model time. The nodes have places in the internal source
 * {@code <tiles>}, which spells out what each one does.
 */
package org.tessera.lang.builtins.tiles;
