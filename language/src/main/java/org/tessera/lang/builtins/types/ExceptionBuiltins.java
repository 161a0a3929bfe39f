package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code BaseException} and, through inheritance, every exception class. */
public final class ExceptionBuiltins {
    private ExceptionBuiltins() {
    }

    static PyBaseException self(Object self) {
        if (self instanceof PyBaseException e) {
            return e;
        }
        throw PyErrors.typeError(null, "descriptor requires a 'BaseException' object but received a '%s'", PyErrors.typeName(self));
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object create(PyType cls, PyTuple args, @SuppressWarnings("unused") PyDict kwargs) {
            return PyErrors.createWithArgs(cls, args);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object init(Object self, PyTuple args, PyDict kwargs) {
            if (kwargs.size() > 0) {
                throw PyErrors.typeError(null, "%s() takes no keyword arguments", PyErrors.typeName(self));
            }
            self(self).setArgs(args);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PyBuiltinNode {
        @Specialization
        protected static String str(Object self) {
            return PyObjects.exceptionStr(self(self));
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String repr(Object self) {
            PyBaseException e = self(self);
            PyTuple args = e.getArgs();
            String name = e.getPyType().getName();
            return args.size() == 1 ? name + "(" + PyObjects.repr(args.get(0)) + ")" : name + PyObjects.repr(args);
        }
    }

    @Builtin(name = "with_traceback", params = {"self", "tb", "/"})
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends PyBuiltinNode {
        @Specialization
        protected static Object withTraceback(Object self, @SuppressWarnings("unused") Object tb) {
            return self(self);
        }
    }
}
