package org.tessera.lang.builtins.types;

import java.math.BigInteger;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyRange;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code range}. */
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "start", "stop?", "step?", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static PyRange rangeStop(@SuppressWarnings("unused") PyType cls, long stop, @SuppressWarnings("unused") org.tessera.lang.runtime.PyNoValue none1,
                        @SuppressWarnings("unused") org.tessera.lang.runtime.PyNoValue none2) {
            return new PyRange(0, stop, 1);
        }

        @Specialization
        @TruffleBoundary
        protected static PyRange create(@SuppressWarnings("unused") PyType cls, Object start, Object stop, Object step) {
            if (isNoValue(stop)) {
                return PyRange.create(BigInteger.ZERO, bound(start), BigInteger.ONE);
            }
            BigInteger s = isNoValue(step) ? BigInteger.ONE : bound(step);
            if (s.signum() == 0) {
                throw PyErrors.valueError(null, "range() arg 3 must not be zero");
            }
            return PyRange.create(bound(start), bound(stop), s);
        }

        private static BigInteger bound(Object value) {
            if (value instanceof PyBigInt big) {
                return big.getValue();
            }
            return BigInteger.valueOf(Numbers.asIndex(value));
        }
    }

    static PyRange self(Object self) {
        if (self instanceof PyRange r) {
            return r;
        }
        throw PyErrors.typeError(null, "descriptor for 'range' objects doesn't apply to a '%s' object", PyErrors.typeName(self));
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long count(Object self, Object value) {
            return Iteration.contains(self(self), value) ? 1 : 0;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object index(Object self, Object value) {
            PyRange r = self(self);
            if (Iteration.contains(r, value) && Numbers.isInt(value)) {
                return PyBigInt.normalize(org.tessera.lang.runtime.IntOps.big(value).subtract(r.bigStart()).divide(r.bigStep()));
            }
            throw PyErrors.valueError(null, "%s is not in range", PyObjects.repr(value));
        }
    }
}
