package org.tessera.lang.runtime;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Conversions between Python numbers and Java values, with Python's errors. */
public final class Numbers {
    private Numbers() {
    }

    /** True for Python ints: {@code long}, {@code boolean} or {@link PyBigInt}. */
    public static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof PyBigInt || value instanceof Integer;
    }

    /** True for ints and floats. */
    public static boolean isNumber(Object value) {
        return isInt(value) || value instanceof Double;
    }

    /** An int as a {@code long}; big ints raise OverflowError, non-ints TypeError (like {@code __index__}). */
    @TruffleBoundary
    public static long asIndex(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Integer i) {
            return i;
        } else if (value instanceof PyBigInt) {
            throw PyErrors.overflowError(null, "cannot fit 'int' into an index-sized integer");
        } else if (value instanceof PyObject object) {
            Object index = PyObjects.lookupUserSpecial(object.getPyType(), "__index__");
            if (index != null) {
                return asIndex(CallSupport.call(index, object));
            }
        }
        throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyErrors.typeName(value));
    }

    /** Like {@link #asIndex} but clamps big ints to the long range (for slice bounds). */
    @TruffleBoundary
    public static long asClampedIndex(Object value) {
        if (value instanceof PyBigInt big) {
            return big.getValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return asIndex(value);
    }

    /** An int (of any size) as a BigInteger, or null if {@code value} is not an int. */
    @TruffleBoundary
    public static BigInteger asBigOrNull(Object value) {
        return isInt(value) ? IntOps.big(value) : null;
    }

    /** The float value of an int or float ({@code float(x)} for numbers), or null for other types. */
    @TruffleBoundary
    public static Double asDoubleOrNull(Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (value instanceof Long l) {
            return (double) l;
        } else if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (value instanceof Integer i) {
            return (double) i;
        } else if (value instanceof PyBigInt big) {
            return IntOps.toDouble(big.getValue());
        }
        return null;
    }

    /** The float value of a number, or TypeError naming the expected type. */
    @TruffleBoundary
    public static double asDouble(Object value) {
        Double d = asDoubleOrNull(value);
        if (d == null) {
            if (value instanceof PyObject object) {
                Object method = PyObjects.lookupUserSpecial(object.getPyType(), "__float__");
                if (method != null) {
                    return asDouble(CallSupport.call(method, object));
                }
            }
            throw PyErrors.typeError(null, "must be real number, not %s", PyErrors.typeName(value));
        }
        return d;
    }
}
