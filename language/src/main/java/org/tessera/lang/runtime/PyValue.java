package org.tessera.lang.runtime;

import org.tessera.lang.TesseraLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Base of the built-in value classes that are not {@link PyObject}s (lists, tuples, functions,
 * types...). Exports what every Python value shares through interop: its language, its type as
 * meta-object, and {@code repr} as display string.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PyValue implements TruffleObject {

    /** This value's Python class. */
    public abstract PyType getPyType(BuiltinTypes types);

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return TesseraLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyObjects.repr(this);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMetaObject() {
        return PyObjects.typeOf(this);
    }
}
