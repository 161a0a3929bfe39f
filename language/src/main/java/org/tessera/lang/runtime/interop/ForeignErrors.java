package org.tessera.lang.runtime.interop;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * Exceptions of other languages (and of Java host code) in Python. Where Python code calls into
 * another language, an exception thrown there becomes a {@code polyglot.ForeignException}, a
 * subclass of {@code Exception}, so {@code except}, {@code finally} and {@code with} treat it like
 * any Python exception; its message is the exception's display string and its {@code exception}
 * attribute the foreign exception object. Exits and interrupts of the other language pass
 * through untouched. When such an exception leaves Python again unhandled, the other language gets
 * its own exception object back.
 */
public final class ForeignErrors {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private ForeignErrors() {
    }

    /** What Python code sees of {@code e}, thrown by foreign code it called. */
    @TruffleBoundary
    public static RuntimeException wrap(AbstractTruffleException e) {
        if (e instanceof PyException) {
            return e;
        }
        try {
            ExceptionType kind = INTEROP.getExceptionType(e);
            if (kind == ExceptionType.EXIT || kind == ExceptionType.INTERRUPT) {
                return e;
            }
        } catch (UnsupportedMessageException notAnException) {
            return e;
        }
        PyBaseException python = PyErrors.createWithArgs(TesseraLanguage.get(null).getTypes().foreignExceptionType, PyTuple.of(describe(e)));
        python.setForeignOrigin(e);
        DynamicObjectLibrary.getUncached().put(python, "exception", e);
        return new PyException(python, PyErrors.locate(null));
    }

    /** The exception to hand back to foreign code: the original one if {@code e} stands for it. */
    @TruffleBoundary
    public static RuntimeException unwrap(PyException e) {
        RuntimeException origin = e.getPythonException().getForeignOrigin();
        return origin != null ? origin : e;
    }

    private static String describe(AbstractTruffleException e) {
        Object display = INTEROP.toDisplayString(e);
        try {
            return InteropLibrary.getUncached(display).asString(display);
        } catch (UnsupportedMessageException unexpected) {
            return String.valueOf(e.getMessage());
        }
    }
}
