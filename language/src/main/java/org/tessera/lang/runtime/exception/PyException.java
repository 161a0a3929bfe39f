package org.tessera.lang.runtime.exception;

import org.tessera.lang.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Truffle throwable that carries a raised Python exception through Java frames. It costs no
 * Java stack walk: Truffle records the guest frames lazily as it unwinds, and those frames are
 * the Python traceback. Each {@code raise} makes a new carrier; re-raising with a bare
 * {@code raise} rethrows the same one, so its traceback keeps growing as in CPython.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient PyBaseException pythonException;
    private final boolean incompleteSource;
    private transient SourceSection section;

    public PyException(PyBaseException pythonException, Node location) {
        this(pythonException, location, false);
    }

    public PyException(PyBaseException pythonException, Node location, boolean incompleteSource) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pythonException = pythonException;
        this.incompleteSource = incompleteSource;
        pythonException.setLastThrow(this);
    }

    public PyBaseException getPythonException() {
        return pythonException;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return PyObjects.formatExceptionLine(pythonException);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        String name = pythonException.getPyType().getName();
        if (isA(ErrorType.SystemExit)) {
            return ExceptionType.EXIT;
        } else if (isA(ErrorType.SyntaxError)) {
            return ExceptionType.PARSE_ERROR;
        } else if (name.equals("KeyboardInterrupt")) {
            return ExceptionType.INTERRUPT;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    @TruffleBoundary
    int getExceptionExitStatus() throws UnsupportedMessageException {
        if (!isA(ErrorType.SystemExit)) {
            throw UnsupportedMessageException.create();
        }
        return PyObjects.systemExitStatus(pythonException);
    }

    /** Sets where this (syntax) error is in the source, for tools; returns this. */
    public PyException at(SourceSection section) {
        this.section = section;
        return this;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null || getLocation() != null && getLocation().getEncapsulatingSourceSection() != null;
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (section != null) {
            return section;
        }
        SourceSection located = getLocation() == null ? null : getLocation().getEncapsulatingSourceSection();
        if (located == null) {
            throw UnsupportedMessageException.create();
        }
        return located;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    /** The Python class of the exception, so an embedder can ask which one was raised. */
    @ExportMessage
    Object getMetaObject() {
        return pythonException.getPyType();
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() {
        return getMessage();
    }

    @TruffleBoundary
    private boolean isA(ErrorType type) {
        return PyErrors.isInstance(pythonException, type);
    }
}
