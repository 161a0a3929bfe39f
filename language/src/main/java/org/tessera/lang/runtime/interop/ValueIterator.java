package org.tessera.lang.runtime.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An interop iterator over a snapshot of values: a set's elements, or a dict's entries as
 * {@code [key, value]} arrays. Walking it leaves the Python object untouched.
 */
@ExportLibrary(InteropLibrary.class)
public final class ValueIterator implements TruffleObject {
    private final Object[] values;
    private int next;

    public ValueIterator(Object[] values) {
        this.values = values;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    boolean hasIteratorNextElement() {
        return next < values.length;
    }

    @ExportMessage
    Object getIteratorNextElement() throws StopIterationException {
        if (next >= values.length) {
            throw StopIterationException.create();
        }
        return InteropValues.expose(values[next++]);
    }
}
