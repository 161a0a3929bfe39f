package org.tessera.lang.builtins.functions;

import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Raising {@code SystemExit(code)}, shared by {@code sys.exit}, {@code exit} and {@code quit}. */
public final class SystemExitFactory {
    private SystemExitFactory() {
    }

    @TruffleBoundary
    public static PyException systemExit(Object code) {
        PyTuple args = code == org.tessera.lang.runtime.PyNoValue.NO_VALUE || code == org.tessera.lang.runtime.PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(code);
        return new PyException(PyErrors.createWithArgs(PyObjects.types().error(ErrorType.SystemExit), args), PyErrors.locate(null));
    }
}
