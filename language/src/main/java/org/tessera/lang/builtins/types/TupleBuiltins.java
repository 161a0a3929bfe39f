package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code tuple} methods. */
public final class TupleBuiltins {
    private TupleBuiltins() {
    }

    static PyTuple self(Object self, String method) {
        if (self instanceof PyTuple tuple) {
            return tuple;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'tuple' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    @Builtin(name = "__new__", params = {"cls", "iterable?", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static PyTuple create(PyType cls, Object iterable) {
            if (!cls.isBuiltin()) {
                PyTuple tuple = new PyTuple(isNoValue(iterable) ? new Object[0] : Iteration.toArray(iterable));
                tuple.setSubclass(cls);
                return tuple;
            }
            if (isNoValue(iterable)) {
                return PyTuple.EMPTY;
            } else if (iterable instanceof PyTuple t && t.isExact()) {
                return t;
            }
            return PyTuple.of(Iteration.toArray(iterable));
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long count(Object self, Object value) {
            long n = 0;
            for (Object item : self(self, "count").getItems()) {
                if (PyObjects.keyEquals(item, value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start?", "stop?", "/"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long index(Object self, Object value, Object start, Object stop) {
            PyTuple tuple = self(self, "index");
            int n = tuple.size();
            long from = isNoValue(start) ? 0 : ListBuiltins.clamp(Numbers.asClampedIndex(start), n);
            long to = isNoValue(stop) ? n : ListBuiltins.clamp(Numbers.asClampedIndex(stop), n);
            for (long i = from; i < to; i++) {
                if (PyObjects.keyEquals(tuple.get((int) i), value)) {
                    return i;
                }
            }
            throw PyErrors.valueError(null, "tuple.index(x): x not in tuple");
        }
    }
}
