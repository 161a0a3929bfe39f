package org.tessera.lang.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code None}. */
@ExportLibrary(InteropLibrary.class)
public final class PyNone extends PyValue {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "None";
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.noneType;
    }
}
