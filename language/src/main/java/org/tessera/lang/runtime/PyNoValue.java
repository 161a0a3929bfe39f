package org.tessera.lang.runtime;

/**
 * Marks an optional builtin parameter the caller did not pass. Never visible to Python code:
 * builtins replace it with their default before it can escape.
 */
public final class PyNoValue {
    public static final PyNoValue NO_VALUE = new PyNoValue();

    private PyNoValue() {
    }

    public static boolean isNoValue(Object value) {
        return value == NO_VALUE;
    }

    @Override
    public String toString() {
        return "<no value>";
    }
}
