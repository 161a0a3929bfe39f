/**
 * Iterators of the built-in types. They share a Java-level protocol,
 * {@link org.tessera.lang.runtime.iterator.PyIterator#next()} returning {@code null} when
 * exhausted, so loops over built-in iterables never allocate a {@code StopIteration}.
 */
package org.tessera.lang.runtime.iterator;
