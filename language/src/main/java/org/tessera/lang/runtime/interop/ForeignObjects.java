package org.tessera.lang.runtime.interop;

import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyValue;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/** {@code len()} and {@code []} on values of other languages: their arrays, hashes and strings. */
public final class ForeignObjects {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private ForeignObjects() {
    }

    private static boolean isForeign(Object value) {
        return !(value instanceof PyValue || value instanceof PyObject);
    }

    /** {@code len(value)} for a foreign array, hash or string; -1 for anything else. */
    @TruffleBoundary
    public static long length(Object value) {
        try {
            if (!isForeign(value)) {
                return -1;
            } else if (INTEROP.hasArrayElements(value)) {
                return INTEROP.getArraySize(value);
            } else if (INTEROP.hasHashEntries(value)) {
                return INTEROP.getHashSize(value);
            } else if (INTEROP.isString(value)) {
                String s = INTEROP.asString(value);
                return s.codePointCount(0, s.length());
            }
        } catch (UnsupportedMessageException e) {
            return -1;
        }
        return -1;
    }

    /**
     * {@code value[key]} for a foreign array (an int index, negative from the end) or hash (any
     * key); null if {@code value} is neither.
     */
    @TruffleBoundary
    public static Object getItem(Object value, Object key) {
        if (!isForeign(value)) {
            return null;
        }
        try {
            if (INTEROP.hasArrayElements(value) && Numbers.isInt(key)) {
                long size = INTEROP.getArraySize(value);
                long i = Numbers.asIndex(key);
                long j = i < 0 ? i + size : i;
                if (j < 0 || j >= size) {
                    throw PyErrors.indexError(null, "index out of range");
                }
                return InteropValues.toPython(INTEROP.readArrayElement(value, j));
            } else if (INTEROP.hasHashEntries(value)) {
                return InteropValues.toPython(INTEROP.readHashValue(value, key));
            }
        } catch (UnknownKeyException e) {
            throw PyErrors.keyError(null, key);
        } catch (UnsupportedMessageException | InvalidArrayIndexException e) {
            throw PyErrors.typeError(null, "'foreign' object is not subscriptable");
        }
        return null;
    }
}
