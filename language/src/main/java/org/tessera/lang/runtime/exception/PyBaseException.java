package org.tessera.lang.runtime.exception;


import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.object.Shape;

/**
 * A Python exception instance ({@code BaseException} or a subclass). Besides its attributes it
 * keeps the chaining fields of PEP 3134 and the throwable that last carried it, whose Truffle
 * stack trace is its traceback.
 */
public final class PyBaseException extends PyObject {
    /** Interop throws the throwable that last carried this exception, or a new one. */
    @Override
    protected RuntimeException interopException() {
        if (foreignOrigin != null) {
            return foreignOrigin;
        }
        return lastThrow != null ? lastThrow : new PyException(this, null);
    }

    private PyTuple args;
    private Object cause;
    private Object context;
    private boolean suppressContext;
    private PyException lastThrow;
    /** For a {@code polyglot.ForeignException}: the other language's exception it stands for. */
    private RuntimeException foreignOrigin;

    public PyBaseException(Shape shape, PyTuple args) {
        super(shape);
        this.args = args;
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** {@code __cause__}: a PyBaseException or null (None). */
    public Object getCause() {
        return cause;
    }

    /** Sets {@code __cause__}, which also sets {@code __suppress_context__} as CPython does. */
    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** {@code __context__}: a PyBaseException or null (None). */
    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    /** The throwable whose stack trace is this exception's traceback, or null if never raised. */
    public PyException getLastThrow() {
        return lastThrow;
    }

    void setLastThrow(PyException lastThrow) {
        this.lastThrow = lastThrow;
    }

    /** The other language's exception this one stands for, or null for a Python exception. */
    public RuntimeException getForeignOrigin() {
        return foreignOrigin;
    }

    public void setForeignOrigin(RuntimeException foreignOrigin) {
        this.foreignOrigin = foreignOrigin;
    }

    public boolean isInstanceOf(PyType type) {
        return getPyType().isSubtypeOf(type);
    }

    public static Object noneToNull(Object value) {
        return value == PyNone.NONE ? null : value;
    }

    @Override
    protected String[] fieldMemberNames() {
        return new String[]{"args", "__cause__", "__context__"};
    }

    @Override
    protected Object fieldMember(String name) {
        return switch (name) {
            case "args" -> args;
            case "__cause__" -> cause;
            case "__context__" -> context;
            default -> null;
        };
    }
}
