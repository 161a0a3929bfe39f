package org.tessera.machine.program;

import java.util.Locale;

/**
 * What a running program reports to the model, one call of {@link ProgramModel#event} each. A
 * cost table gives each the cycles it takes, split over {@link Category categories}. The events
 * are at the grain of a bytecode: the cpython-like table was calibrated by mapping CPython 3.11's
 * executed bytecodes onto them (see {@code machine-model/tools/cpython-event-mix.py}).
 */
public enum Event {
    /** A statement begins (CPython: the line's own bytecodes, such as POP_TOP). */
    STATEMENT,
    /** A call of a function written in the language (its frame set-up). */
    CALL,
    /** A return from such a function. */
    RETURN,
    /** A call of a built-in function or method (len, list.append, math.sqrt...). */
    BUILTIN_CALL,
    LOCAL_READ,
    LOCAL_WRITE,
    /** A module-level or built-in name looked up. */
    GLOBAL_READ,
    GLOBAL_WRITE,
    /** An attribute or method looked up on an object. */
    ATTRIBUTE_READ,
    ATTRIBUTE_WRITE,
    /** Subscripting or unpacking a container. */
    ELEMENT_READ,
    ELEMENT_WRITE,
    /** A unary or binary operator. */
    ARITHMETIC,
    /** A comparison, identity or membership test. */
    COMPARISON,
    CONSTANT,
    /** A conditional or forward jump. */
    BRANCH,
    /** One iteration of a loop (its back edge, and the iterator step of a for loop). */
    LOOP_ITERATION,
    /** A new object; {@link ProgramModel#newObject} reports this event itself. */
    ALLOCATION,
    /** An exception raised or caught. */
    EXCEPTION;

    /** The spelling in cost tables: {@code builtin_call}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static final int COUNT = values().length;
}
