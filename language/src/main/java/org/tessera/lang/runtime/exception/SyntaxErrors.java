package org.tessera.lang.runtime.exception;

import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/** Builds {@code SyntaxError} objects with CPython's attributes ({@code msg}, {@code lineno}, {@code text}...). */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    @TruffleBoundary
    public static PyBaseException create(ErrorType type, String msg, String filename, int lineno, int offset, int endLineno, int endOffset, String text) {
        Object textValue = text == null ? (Object) org.tessera.lang.runtime.PyNone.NONE : text;
        PyTuple details = PyTuple.of(filename, (long) lineno, (long) offset, textValue, (long) endLineno, (long) endOffset);
        PyBaseException e = PyErrors.createWithArgs(PyObjects.types().error(type), PyTuple.of(msg, details));
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(e, "msg", msg);
        lib.put(e, "filename", filename);
        lib.put(e, "lineno", (long) lineno);
        lib.put(e, "offset", (long) offset);
        lib.put(e, "text", textValue);
        lib.put(e, "end_lineno", (long) endLineno);
        lib.put(e, "end_offset", (long) endOffset);
        return e;
    }
}
