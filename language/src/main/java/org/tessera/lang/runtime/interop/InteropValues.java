package org.tessera.lang.runtime.interop;

import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyValue;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

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

    /** True for a value Tessera made: an int, float, bool or str as Java boxes them, or a Python object. */
    public static boolean isPythonValue(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String || value instanceof PyValue || value instanceof PyObject;
    }

    /**
     * An interop argument as a Python value: Java's small integer and float boxes become int and
     * float, a char a str; another language's null, booleans, strings and numbers become None,
     * bool, str and int/float; any other foreign object stays itself.
     */
    @TruffleBoundary
    public static Object toPython(Object value) {
        if (isPythonValue(value)) {
            return value;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Float f) {
            return f.doubleValue();
        } else if (value instanceof Character c) {
            return String.valueOf(c);
        }
        InteropLibrary interop = InteropLibrary.getUncached(value);
        if (interop.hasMembers(value) || interop.hasArrayElements(value)) {
            // an object of another language (a Java BigInteger, say) stays itself, so it keeps its identity
            return value;
        }
        try {
            if (interop.isNull(value)) {
                return PyNone.NONE;
            } else if (interop.isBoolean(value)) {
                return interop.asBoolean(value);
            } else if (interop.isString(value)) {
                return interop.asString(value);
            } else if (interop.isNumber(value)) {
                return foreignNumber(value);
            }
        } catch (UnsupportedMessageException e) {
            throw CompilerDirectives.shouldNotReachHere(e);
        }
        return value;
    }

    /**
     * A number of another language (a Java {@code BigInteger}, say) as a Python int or float, for
     * arithmetic and comparison; any other value as it is.
     */
    @TruffleBoundary
    public static Object foreignNumber(Object value) {
        if (isPythonValue(value)) {
            return value;
        }
        InteropLibrary interop = InteropLibrary.getUncached(value);
        if (!interop.isNumber(value)) {
            return value;
        }
        try {
            if (interop.fitsInLong(value)) {
                return interop.asLong(value);
            } else if (interop.fitsInBigInteger(value) && !interop.fitsInDouble(value)) {
                return PyBigInt.normalize(interop.asBigInteger(value));
            } else if (interop.fitsInDouble(value)) {
                return interop.asDouble(value);
            } else if (interop.fitsInBigInteger(value)) {
                return PyBigInt.normalize(interop.asBigInteger(value));
            }
        } catch (UnsupportedMessageException e) {
            throw CompilerDirectives.shouldNotReachHere(e);
        }
        return value;
    }

    /** Each of {@code values} {@link #toPython as a Python value}, in a new array. */
    public static Object[] toPython(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toPython(values[i]);
        }
        return result;
    }

    /**
     * Another language calls a Python callable: its arguments become Python values, its result
     * what interop may carry.
     */
    @TruffleBoundary
    public static Object callFromInterop(Object callable, Object[] arguments) {
        try {
            return expose(CallSupport.call(callable, toPython(arguments)));
        } catch (PyException e) {
            throw ForeignErrors.unwrap(e);
        }
    }

    /** {@code value} as interop may see it: None stands in for null and for anything not a valid interop value. */
    public static Object expose(Object value) {
        return isValid(value) ? value : PyNone.NONE;
    }
}
