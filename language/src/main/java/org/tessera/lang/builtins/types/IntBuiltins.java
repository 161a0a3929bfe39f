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

    static boolean littleEndian(Object byteorder) {
        if (PyBuiltinNode.isNoValue(byteorder)) {
            return false;
        }
        if (!(byteorder instanceof String order)) {
            throw PyErrors.typeError(null, "to_bytes() argument 'byteorder' must be str, not %s", PyErrors.typeName(byteorder));
        }
        if (order.equals("little")) {
            return true;
        } else if (order.equals("big")) {
            return false;
        }
        throw PyErrors.valueError(null, "byteorder must be either 'little' or 'big'");
    }

    @Builtin(name = "to_bytes", params = {"self", "length?", "byteorder?", "*", "signed?"})
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object toBytes(Object self, Object length, Object byteorder, Object signed) {
            java.math.BigInteger value = IntOps.big(self);
            long n = isNoValue(length) ? 1 : Numbers.asIndex(length);
            if (n < 0) {
                throw PyErrors.valueError(null, "length argument must be non-negative");
            }
            boolean little = littleEndian(byteorder);
            boolean isSigned = given(signed) && PyObjects.isTrue(signed);
            if (!isSigned && value.signum() < 0) {
                throw PyErrors.overflowError(null, "can't convert negative int to unsigned");
            }
            int bits = isSigned ? value.bitLength() + 1 : value.bitLength();
            if (bits > n * 8) {
                throw PyErrors.overflowError(null, "int too big to convert");
            }
            byte[] big = value.toByteArray();
            byte[] out = new byte[(int) n];
            byte fill = (byte) (value.signum() < 0 ? 0xff : 0);
            for (int i = 0; i < n; i++) {
                int src = big.length - 1 - i;
                out[(int) n - 1 - i] = src >= 0 ? big[src] : fill;
            }
            if (little) {
                for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                    byte t = out[i];
                    out[i] = out[j];
                    out[j] = t;
                }
            }
            return new org.tessera.lang.runtime.PyBytes(out);
        }
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}; called on the class. */
    @Builtin(name = "from_bytes", params = {"bytes", "byteorder?", "*", "signed?"})
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object fromBytes(Object bytes, Object byteorder, Object signed) {
            byte[] data = bytes instanceof org.tessera.lang.runtime.PyBytes b ? b.getBytes().clone() : toByteArray(bytes);
            if (littleEndian(byteorder)) {
                for (int i = 0, j = data.length - 1; i < j; i++, j--) {
                    byte t = data[i];
                    data[i] = data[j];
                    data[j] = t;
                }
            }
            boolean isSigned = given(signed) && PyObjects.isTrue(signed);
            java.math.BigInteger value = data.length == 0 ? java.math.BigInteger.ZERO : isSigned ? new java.math.BigInteger(data) : new java.math.BigInteger(1, data);
            return org.tessera.lang.runtime.PyBigInt.normalize(value);
        }

        private static byte[] toByteArray(Object iterable) {
            Object[] items = org.tessera.lang.runtime.Iteration.toArray(iterable);
            byte[] data = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = Numbers.asIndex(items[i]);
                if (v < 0 || v > 255) {
                    throw PyErrors.valueError(null, "bytes must be in range(0, 256)");
                }
                data[i] = (byte) v;
            }
            return data;
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
