package org.tessera.lang.runtime.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A read-only interop array over values an object refers to (a function's closure cells and
 * defaults, a zip's iterators...): a view made on demand, not a Python tuple, so reading it
 * allocates no Python object.
 */
@ExportLibrary(InteropLibrary.class)
public final class ValueArray implements TruffleObject {
    private final Object[] values;

    public ValueArray(Object... values) {
        this.values = values;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return values.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < values.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return InteropValues.expose(values[(int) index]);
    }
}
