package org.tessera.lang.builtins.functions;

import java.math.BigInteger;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.BinaryOps;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.FloatOps;
import org.tessera.lang.runtime.IntFormat;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.StrOps;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Numeric builtins: {@code abs}, {@code divmod}, {@code pow}, {@code round}, {@code bin/oct/hex}, {@code chr/ord}. */
public final class NumericFunctions {
    private NumericFunctions() {
    }

    @Builtin(name = "abs", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends PyBuiltinNode {
        @Specialization(guards = "x != MIN")
        protected static long absLong(long x) {
            return Math.abs(x);
        }

        protected static final long MIN = Long.MIN_VALUE;

        @Specialization
        protected static double absDouble(double x) {
            return Math.abs(x);
        }

        @Fallback
        protected static Object absGeneric(Object x) {
            return BinaryOps.abs(x);
        }
    }

    @Builtin(name = "divmod", params = {"a", "b", "/"})
    @GenerateNodeFactory
    public abstract static class DivmodNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object divmod(Object a, Object b) {
            if (a instanceof PyObject || b instanceof PyObject) {
                Object method = PyObjects.lookupUserSpecial(PyObjects.typeOf(a), "__divmod__");
                if (method != null) {
                    return CallSupport.call(method, a, b);
                }
            }
            if (Numbers.isInt(a) && Numbers.isInt(b)) {
                if (IntOps.big(b).signum() == 0) {
                    throw PyErrors.zeroDivisionError(null, "integer division or modulo by zero");
                }
                return PyTuple.of(BinaryOps.binary(BinaryOp.FLOORDIV, a, b), BinaryOps.binary(BinaryOp.MOD, a, b));
            }
            if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
                double x = Numbers.asDouble(a);
                double y = Numbers.asDouble(b);
                if (y == 0) {
                    throw PyErrors.zeroDivisionError(null, "float divmod()");
                }
                return PyTuple.of(FloatOps.floorDiv(x, y), FloatOps.mod(x, y));
            }
            throw PyErrors.typeError(null, "unsupported operand type(s) for divmod(): '%s' and '%s'", PyErrors.typeName(a), PyErrors.typeName(b));
        }
    }

    @Builtin(name = "pow", params = {"base", "exp", "mod?"})
    @GenerateNodeFactory
    public abstract static class PowNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object pow(Object base, Object exp, Object mod) {
            if (isNoValue(mod) || mod == PyNone.NONE) {
                return BinaryOps.binary(BinaryOp.POW, base, exp);
            }
            if (!Numbers.isInt(base) || !Numbers.isInt(exp) || !Numbers.isInt(mod)) {
                throw PyErrors.typeError(null, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            return IntOps.powMod(IntOps.big(base), IntOps.big(exp), IntOps.big(mod));
        }
    }

    @Builtin(name = "round", params = {"number", "ndigits?"})
    @GenerateNodeFactory
    public abstract static class RoundNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object round(Object number, Object ndigits) {
            boolean noDigits = isNoValue(ndigits) || ndigits == PyNone.NONE;
            if (number instanceof Double d) {
                return noDigits ? FloatOps.roundToInt(d) : (Object) FloatOps.round(d, Numbers.asIndex(ndigits));
            } else if (Numbers.isInt(number)) {
                Object value = number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
                return noDigits ? value : roundInt(IntOps.big(value), Numbers.asIndex(ndigits));
            } else if (number instanceof PyObject object) {
                Object method = PyObjects.lookupUserSpecial(object.getPyType(), "__round__");
                if (method != null) {
                    return noDigits ? CallSupport.call(method, object) : CallSupport.call(method, object, ndigits);
                }
            }
            throw PyErrors.typeError(null, "type %s doesn't define __round__ method", PyErrors.typeName(number));
        }

        private static Object roundInt(BigInteger value, long ndigits) {
            if (ndigits >= 0) {
                return PyBigInt.normalize(value);
            }
            if (ndigits < -4000) {
                return 0L;
            }
            BigInteger unit = BigInteger.TEN.pow((int) -ndigits);
            BigInteger[] qr = value.divideAndRemainder(unit);
            BigInteger q = qr[0];
            BigInteger r = qr[1];
            if (r.signum() < 0) {
                q = q.subtract(BigInteger.ONE);
                r = r.add(unit);
            }
            int c = r.shiftLeft(1).compareTo(unit);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return PyBigInt.normalize(q.multiply(unit));
        }
    }

    @Builtin(name = "bin", params = {"number", "/"})
    @GenerateNodeFactory
    public abstract static class BinNode extends PyBuiltinNode {
        @Specialization
        protected static String bin(Object number) {
            return prefixed(number, 2, "0b");
        }
    }

    @Builtin(name = "oct", params = {"number", "/"})
    @GenerateNodeFactory
    public abstract static class OctNode extends PyBuiltinNode {
        @Specialization
        protected static String oct(Object number) {
            return prefixed(number, 8, "0o");
        }
    }

    @Builtin(name = "hex", params = {"number", "/"})
    @GenerateNodeFactory
    public abstract static class HexNode extends PyBuiltinNode {
        @Specialization
        protected static String hex(Object number) {
            return prefixed(number, 16, "0x");
        }
    }

    @TruffleBoundary
    static String prefixed(Object number, int radix, String prefix) {
        if (!Numbers.isInt(number)) {
            Numbers.asIndex(number);
        }
        return IntFormat.toPrefixedString(number, radix, prefix);
    }

    @Builtin(name = "chr", params = {"i", "/"})
    @GenerateNodeFactory
    public abstract static class ChrNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String chr(Object i) {
            long cp;
            try {
                cp = Numbers.asIndex(i);
            } catch (org.tessera.lang.runtime.exception.PyException e) {
                if (i instanceof PyBigInt) {
                    throw PyErrors.overflowError(null, "Python int too large to convert to C int");
                }
                throw e;
            }
            if (cp < 0 || cp > 0x10ffff) {
                throw PyErrors.valueError(null, "chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) cp));
        }
    }

    @Builtin(name = "ord", params = {"c", "/"})
    @GenerateNodeFactory
    public abstract static class OrdNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long ord(Object c) {
            if (c instanceof String s) {
                int n = StrOps.length(s);
                if (n != 1) {
                    throw PyErrors.typeError(null, "ord() expected a character, but string of length %d found", n);
                }
                return s.codePointAt(0);
            }
            throw PyErrors.typeError(null, "ord() expected string of length 1, but %s found", PyErrors.typeName(c));
        }
    }
}
