package org.tessera.lang.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a built-in function or method. {@code params} lists the parameters in Python's
 * notation: {@code "x"} required, {@code "x?"} optional (the node sees
 * {@link org.tessera.lang.runtime.PyNoValue#NO_VALUE} when it is omitted), {@code "/"} ends the
 * positional-only ones, {@code "*"} starts the keyword-only ones, {@code "*args"} and
 * {@code "**kwargs"} collect the rest. Methods name {@code self} first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    String[] params() default {};
}
