package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.PyBaseException;

/**
 * The {@code __traceback__} of an exception and the third argument of {@code __exit__}. Tessera
 * keeps tracebacks as Truffle stack traces, so this object only stands for one: programs test
 * it against None or pass it on.
 */
public final class PyTraceback extends PyValue {
    private final PyBaseException exception;

    public PyTraceback(PyBaseException exception) {
        this.exception = exception;
    }

    public PyBaseException getException() {
        return exception;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.hiddenType("traceback");
    }
}
