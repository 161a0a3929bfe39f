package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.PyGenerator;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Generator methods: {@code send}, {@code throw} and {@code close}. */
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    @Builtin(name = "send", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class SendNode extends PyBuiltinNode {
        @Specialization
        protected static Object send(PyGenerator self, Object value) {
            return self.send(value);
        }
    }

    @Builtin(name = "throw", params = {"self", "type", "value?", "traceback?", "/"})
    @GenerateNodeFactory
    public abstract static class ThrowNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object throwInto(PyGenerator self, Object type, Object value, @SuppressWarnings("unused") Object traceback) {
            PyBaseException exception;
            if (type instanceof PyBaseException e) {
                exception = e;
            } else if (type instanceof PyType t) {
                Object made = isNoValue(value) || value == PyNone.NONE ? CallSupport.call(t) : (value instanceof PyBaseException v ? v : CallSupport.call(t, value));
                if (!(made instanceof PyBaseException e)) {
                    throw PyErrors.typeError(null, "exceptions must derive from BaseException");
                }
                exception = e;
            } else {
                throw PyErrors.typeError(null, "exceptions must be classes or instances deriving from BaseException, not %s", PyErrors.typeName(type));
            }
            return self.throwInto(exception);
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PyBuiltinNode {
        @Specialization
        protected static Object close(PyGenerator self) {
            self.close();
            return PyNone.NONE;
        }
    }
}
