package org.tessera.lang.nodes.exception;

import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyException;

/**
 * Implicit chaining (PEP 3134): an exception that escapes an {@code except} or {@code finally}
 * block that was handling another one gets that one as its {@code __context__}. Done when the
 * exception leaves the block, which sees the same exceptions CPython's raise-time rule does.
 */
public final class ExceptionChaining {
    private ExceptionChaining() {
    }

    public static void chain(PyException escaping, PyException handled) {
        PyBaseException inner = escaping.getPythonException();
        PyBaseException outer = handled.getPythonException();
        if (inner != outer && inner.getContext() == null && !createsCycle(outer, inner)) {
            inner.setContext(outer);
        }
    }

    private static boolean createsCycle(PyBaseException start, PyBaseException target) {
        Object e = start;
        int guard = 0;
        while (e instanceof PyBaseException b && guard++ < 1000) {
            if (b == target) {
                return true;
            }
            e = b.getContext();
        }
        return false;
    }
}
