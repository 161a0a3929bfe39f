package org.tessera.lang.runtime.interop;

import org.tessera.lang.runtime.PyNone;

import com.oracle.truffle.api.interop.TruffleObject;

/** Guards what the language hands to tools: only valid interop values, never Java-internal markers. */
public final class InteropValues {
    private InteropValues() {
    }

    /** True for the values interop may carry: primitives, strings and Truffle objects. */
    public static boolean isValid(Object value) {
        return value instanceof TruffleObject || value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean ||
                        value instanceof Integer || value instanceof Byte || value instanceof Short || value instanceof Float || value instanceof Character;
    }

    /** {@code value} as interop may see it: None stands in for null and for anything not a valid interop value. */
    public static Object expose(Object value) {
        return isValid(value) ? value : PyNone.NONE;
    }
}
