package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.FloatOps;
import org.tessera.lang.runtime.IntFormat;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code int}: construction from numbers and strings, and its methods. */
public final class IntBuiltins {
    private IntBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "x?", "/", "base?"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object x, Object base) {
            if (isNoValue(x)) {
                if (given(base)) {
                    throw PyErrors.typeError(null, "int() missing string argument");
                }
                return 0L;
            }
            if (given(base)) {
                if (!(x instanceof String s)) {
                    throw PyErrors.typeError(null, "int() can't convert non-string with explicit base");
                }
                return IntFormat.parse(s, (int) Numbers.asIndex(base));
            }
            return toInt(x);
        }
    }

    /** {@code int(x)} for one argument. */
    static Object toInt(Object x) {
        if (x instanceof Long || x instanceof org.tessera.lang.runtime.PyBigInt) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return FloatOps.toInt(d);
        } else if (x instanceof String s) {
            return IntFormat.parse(s, 10);
        } else if (x instanceof PyObject object) {
            for (String method : new String[]{"__int__", "__index__", "__trunc__"}) {
                Object m = PyObjects.lookupUserSpecial(object.getPyType(), method);
                if (m != null) {
                    Object r = CallSupport.call(m, object);
                    if (!Numbers.isInt(r)) {
                        throw PyErrors.typeError(null, "%s returned non-int (type %s)", method, PyErrors.typeName(r));
                    }
                    return r;
                }
            }
        }
        throw PyErrors.typeError(null, "int() argument must be a string, a bytes-like object or a real number, not '%s'", PyErrors.typeName(x));
    }

    @Builtin(name = "bit_length", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BitLengthNode extends PyBuiltinNode {
        @Specialization
        protected static long bitLength(Object self) {
            return IntOps.big(self).abs().bitLength();
        }
    }

    @Builtin(name = "bit_count", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BitCountNode extends PyBuiltinNode {
        @Specialization
        protected static long bitCount(Object self) {
            return IntOps.big(self).abs().bitCount();
        }
    }

    @Builtin(name = "conjugate", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends PyBuiltinNode {
        @Specialization
        protected static Object conjugate(Object self) {
            return toInt(self);
        }
    }

    @Builtin(name = "__index__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PyBuiltinNode {
        @Specialization
        protected static Object index(Object self) {
            return toInt(self);
        }
    }
}
