package org.tessera.lang.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The primitive representations the DSL specializes on: Python {@code bool}, {@code int} that
 * fits a {@code long}, and {@code float}. Everything else is an Object.
 */
@TypeSystem({boolean.class, long.class, double.class})
public abstract class PyTypes {
}
