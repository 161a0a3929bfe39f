package org.tessera.lang.builtins.modules;

import java.math.BigInteger;
import java.util.Map;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.BinaryOps;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.FloatOps;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.LibM;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * The {@code math} module. Each transcendental function uses whichever of {@link Math} (the
 * JIT's intrinsics) and {@link StrictMath} (fdlibm) agrees best with CPython's libm on these
 * machines, measured on random arguments: exp, log, sin, cos, tan, pow with Math; tanh and
 * log10 with StrictMath. The integer functions are exact on big ints.
 */
public final class MathModule {
    private MathModule() {
    }

    /** The module's constants. */
    public static Map<String, Object> constants() {
        return Map.of("pi", Math.PI, "e", Math.E, "tau", 2 * Math.PI, "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);
    }

    static PyException domainError() {
        return PyErrors.valueError(null, "math domain error");
    }

    static PyException rangeError() {
        return PyErrors.overflowError(null, "math range error");
    }

    /** The float value of a real number argument, or TypeError. */
    @TruffleBoundary
    static double real(Object value) {
        Double d = Numbers.asDoubleOrNull(value);
        if (d != null) {
            if (value instanceof PyBigInt && Double.isInfinite(d)) {
                throw PyErrors.overflowError(null, "int too large to convert to float");
            }
            return d;
        }
        if (value instanceof PyObject object) {
            Object method = PyObjects.lookupUserSpecial(object.getPyType(), "__float__");
            if (method != null) {
                return real(CallSupport.call(method, object));
            }
        }
        throw PyErrors.typeError(null, "must be real number, not %s", PyErrors.typeName(value));
    }

    /** Result of a function that must stay finite for finite input. */
    static double checked(double result, double input) {
        if (Double.isNaN(result) && !Double.isNaN(input)) {
            throw domainError();
        }
        if (Double.isInfinite(result) && !Double.isInfinite(input)) {
            throw rangeError();
        }
        return result;
    }

    /** A unary float function of the module, identified by name. */
    enum Unary {
        SQRT, EXP, EXPM1, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, ASINH, ACOSH, ATANH, FABS, LOG1P, LOG2, LOG10, DEGREES, RADIANS;

        double apply(double x) {
            switch (this) {
                case SQRT:
                    if (x < 0) {
                        throw domainError();
                    }
                    return StrictMath.sqrt(x);
                case EXP:
                    return checked(LibM.exp(x), x);
                case EXPM1:
                    return checked(LibM.expm1(x), x);
                case SIN:
                    return trig(LibM.sin(x), x);
                case COS:
                    return trig(LibM.cos(x), x);
                case TAN:
                    return trig(LibM.tan(x), x);
                case ASIN:
                    return checked(LibM.asin(x), x);
                case ACOS:
                    return checked(LibM.acos(x), x);
                case ATAN:
                    return LibM.atan(x);
                case SINH:
                    return checked(LibM.sinh(x), x);
                case COSH:
                    return checked(LibM.cosh(x), x);
                case TANH:
                    return LibM.tanh(x);
                case ASINH:
                    return LibM.asinh(x);
                case ACOSH:
                    if (x < 1) {
                        throw domainError();
                    }
                    return LibM.acosh(x);
                case ATANH:
                    if (x <= -1 || x >= 1) {
                        throw domainError();
                    }
                    return LibM.atanh(x);
                case FABS:
                    return Math.abs(x);
                case LOG1P:
                    if (x <= -1) {
                        throw domainError();
                    }
                    return LibM.log1p(x);
                case LOG2:
                    return checkedLog(x, LibM::log2);
                case LOG10:
                    return checkedLog(x, LibM::log10);
                case DEGREES:
                    return x * (180.0 / Math.PI);
                default:
                    return x * (Math.PI / 180.0);
            }
        }

        private static double trig(double result, double x) {
            if (Double.isInfinite(x)) {
                throw domainError();
            }
            return result;
        }

    }

    /** CPython's m_log family: a domain error for x <= 0 and -inf, infinities and NaN pass through. */
    static double checkedLog(double x, java.util.function.DoubleUnaryOperator log) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw domainError();
        }
        return log.applyAsDouble(x);
    }

    /**
     * CPython's loghelper: a logarithm of any real number; an int too large for a float is split
     * as m * 2**e so that log(m) + log(2) * e is still accurate.
     */
    @TruffleBoundary
    static double logOf(Object x, java.util.function.DoubleUnaryOperator log) {
        if (Numbers.isInt(x)) {
            BigInteger v = IntOps.big(x);
            if (v.signum() <= 0) {
                throw domainError();
            }
            double d = v.doubleValue();
            if (Double.isInfinite(d)) {
                int e = v.bitLength();
                double m = frexpMantissa(v, e);
                return log.applyAsDouble(m) + log.applyAsDouble(2.0) * e;
            }
            return checkedLog(d, log);
        }
        return checkedLog(real(x), log);
    }

    /** v / 2**e correctly rounded, for v with e bits: a mantissa in [0.5, 1). */
    private static double frexpMantissa(BigInteger v, int e) {
        long top = v.shiftRight(e - 64).longValue();
        if (v.getLowestSetBit() < e - 64) {
            top |= 1;
        }
        double d = (double) (top >>> 1 | (top & 1)) * 2.0;
        return Math.scalb(d, -64);
    }

    abstract static class UnaryNode extends PyBuiltinNode {
        private final Unary function;

        UnaryNode(Unary function) {
            this.function = function;
        }

        @Specialization
        protected double apply(double x) {
            return function.apply(x);
        }

        @Fallback
        protected double applyGeneric(Object x) {
            return function.apply(real(x));
        }
    }

    @Builtin(name = "sqrt", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class SqrtNode extends UnaryNode {
        SqrtNode() {
            super(Unary.SQRT);
        }
    }

    @Builtin(name = "exp", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class ExpNode extends UnaryNode {
        ExpNode() {
            super(Unary.EXP);
        }
    }

    @Builtin(name = "expm1", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class Expm1Node extends UnaryNode {
        Expm1Node() {
            super(Unary.EXPM1);
        }
    }

    @Builtin(name = "sin", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class SinNode extends UnaryNode {
        SinNode() {
            super(Unary.SIN);
        }
    }

    @Builtin(name = "cos", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class CosNode extends UnaryNode {
        CosNode() {
            super(Unary.COS);
        }
    }

    @Builtin(name = "tan", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class TanNode extends UnaryNode {
        TanNode() {
            super(Unary.TAN);
        }
    }

    @Builtin(name = "asin", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AsinNode extends UnaryNode {
        AsinNode() {
            super(Unary.ASIN);
        }
    }

    @Builtin(name = "acos", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AcosNode extends UnaryNode {
        AcosNode() {
            super(Unary.ACOS);
        }
    }

    @Builtin(name = "atan", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AtanNode extends UnaryNode {
        AtanNode() {
            super(Unary.ATAN);
        }
    }

    @Builtin(name = "sinh", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class SinhNode extends UnaryNode {
        SinhNode() {
            super(Unary.SINH);
        }
    }

    @Builtin(name = "cosh", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class CoshNode extends UnaryNode {
        CoshNode() {
            super(Unary.COSH);
        }
    }

    @Builtin(name = "tanh", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class TanhNode extends UnaryNode {
        TanhNode() {
            super(Unary.TANH);
        }
    }

    @Builtin(name = "asinh", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AsinhNode extends UnaryNode {
        AsinhNode() {
            super(Unary.ASINH);
        }
    }

    @Builtin(name = "acosh", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AcoshNode extends UnaryNode {
        AcoshNode() {
            super(Unary.ACOSH);
        }
    }

    @Builtin(name = "atanh", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AtanhNode extends UnaryNode {
        AtanhNode() {
            super(Unary.ATANH);
        }
    }

    @Builtin(name = "fabs", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class FabsNode extends UnaryNode {
        FabsNode() {
            super(Unary.FABS);
        }
    }

    @Builtin(name = "log1p", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class Log1pNode extends UnaryNode {
        Log1pNode() {
            super(Unary.LOG1P);
        }
    }

    @Builtin(name = "log10", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class Log10Node extends PyBuiltinNode {
        @Specialization
        protected static double log10(Object x) {
            return logOf(x, LibM::log10);
        }
    }

    @Builtin(name = "degrees", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class DegreesNode extends UnaryNode {
        DegreesNode() {
            super(Unary.DEGREES);
        }
    }

    @Builtin(name = "radians", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class RadiansNode extends UnaryNode {
        RadiansNode() {
            super(Unary.RADIANS);
        }
    }

    @Builtin(name = "log2", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class Log2Node extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double log2(Object x) {
            return logOf(x, LibM::log2);
        }
    }

    @Builtin(name = "log", params = {"x", "base?", "/"})
    @GenerateNodeFactory
    public abstract static class LogNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double log(Object x, Object base) {
            double num = logOf(x, LibM::log);
            if (isNoValue(base)) {
                return num;
            }
            double den = logOf(base, LibM::log);
            if (den == 0) {
                throw PyErrors.zeroDivisionError(null, "float division by zero");
            }
            return num / den;
        }
    }

    @Builtin(name = "pow", params = {"x", "y", "/"})
    @GenerateNodeFactory
    public abstract static class PowNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double pow(Object x, Object y) {
            double a = real(x);
            double b = real(y);
            if (a == 0 && b < 0 && !Double.isInfinite(b)) {
                throw domainError();
            }
            if (a < 0 && b != Math.rint(b) && !Double.isInfinite(b)) {
                throw domainError();
            }
            if (a == 1.0 || b == 0) {
                return 1.0;
            }
            double r = LibM.pow(a, b);
            if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
                throw rangeError();
            }
            return r;
        }
    }

    @Builtin(name = "atan2", params = {"y", "x", "/"})
    @GenerateNodeFactory
    public abstract static class Atan2Node extends PyBuiltinNode {
        @Specialization
        protected static double atan2(Object y, Object x) {
            return LibM.atan2(real(y), real(x));
        }
    }

    @Builtin(name = "fmod", params = {"x", "y", "/"})
    @GenerateNodeFactory
    public abstract static class FmodNode extends PyBuiltinNode {
        @Specialization
        protected static double fmod(Object x, Object y) {
            double a = real(x);
            double b = real(y);
            if (b == 0 || Double.isInfinite(a)) {
                if (Double.isNaN(a) || Double.isNaN(b)) {
                    return Double.NaN;
                }
                throw domainError();
            }
            return a % b;
        }
    }

    @Builtin(name = "copysign", params = {"x", "y", "/"})
    @GenerateNodeFactory
    public abstract static class CopysignNode extends PyBuiltinNode {
        @Specialization
        protected static double copysign(Object x, Object y) {
            return Math.copySign(real(x), real(y));
        }
    }

    @Builtin(name = "modf", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class ModfNode extends PyBuiltinNode {
        @Specialization
        protected static PyTuple modf(Object x) {
            double d = real(x);
            if (Double.isInfinite(d)) {
                return PyTuple.of(Math.copySign(0.0, d), d);
            }
            double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
            return PyTuple.of(Math.copySign(d - whole, d), whole);
        }
    }

    @Builtin(name = "frexp", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class FrexpNode extends PyBuiltinNode {
        @Specialization
        protected static PyTuple frexp(Object x) {
            double d = real(x);
            if (d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                return PyTuple.of(d, 0L);
            }
            int exponent = Math.getExponent(d);
            double scaled = d;
            int adjust = 0;
            if (exponent == Double.MIN_EXPONENT - 1) {
                scaled = d * 0x1p54;
                adjust = -54;
                exponent = Math.getExponent(scaled);
            }
            return PyTuple.of(Math.scalb(scaled, -(exponent + 1)), (long) (exponent + 1 + adjust));
        }
    }

    @Builtin(name = "ldexp", params = {"x", "i", "/"})
    @GenerateNodeFactory
    public abstract static class LdexpNode extends PyBuiltinNode {
        @Specialization
        protected static double ldexp(Object x, Object i) {
            double d = real(x);
            long e = Numbers.asClampedIndex(i);
            double r = Math.scalb(d, (int) Math.max(-10000, Math.min(10000, e)));
            if (Double.isInfinite(r) && !Double.isInfinite(d)) {
                throw rangeError();
            }
            return r;
        }
    }

    /** floor/ceil/trunc: ints stay ints, floats become ints, other objects use their special method. */
    @TruffleBoundary
    static Object rounding(Object x, String special, java.util.function.DoubleUnaryOperator op) {
        if (Numbers.isInt(x)) {
            return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
        }
        if (x instanceof PyObject object) {
            Object method = PyObjects.lookupUserSpecial(object.getPyType(), special);
            if (method != null) {
                return CallSupport.call(method, object);
            }
        }
        return FloatOps.toInt(op.applyAsDouble(real(x)));
    }

    @Builtin(name = "floor", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class FloorNode extends PyBuiltinNode {
        @Specialization
        protected static Object floor(Object x) {
            return rounding(x, "__floor__", Math::floor);
        }
    }

    @Builtin(name = "ceil", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class CeilNode extends PyBuiltinNode {
        @Specialization
        protected static Object ceil(Object x) {
            return rounding(x, "__ceil__", Math::ceil);
        }
    }

    @Builtin(name = "trunc", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class TruncNode extends PyBuiltinNode {
        @Specialization
        protected static Object trunc(Object x) {
            if (!Numbers.isInt(x) && !(x instanceof Double) && !(x instanceof PyObject)) {
                throw PyErrors.typeError(null, "type %s doesn't define __trunc__ method", PyErrors.typeName(x));
            }
            return rounding(x, "__trunc__", d -> d < 0 ? Math.ceil(d) : Math.floor(d));
        }
    }

    @Builtin(name = "isfinite", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends PyBuiltinNode {
        @Specialization
        protected static boolean isfinite(Object x) {
            return Double.isFinite(real(x));
        }
    }

    @Builtin(name = "isinf", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class IsInfNode extends PyBuiltinNode {
        @Specialization
        protected static boolean isinf(Object x) {
            return !Numbers.isInt(x) && Double.isInfinite(real(x));
        }
    }

    @Builtin(name = "isnan", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class IsNanNode extends PyBuiltinNode {
        @Specialization
        protected static boolean isnan(Object x) {
            return !Numbers.isInt(x) && Double.isNaN(real(x));
        }
    }

    @Builtin(name = "isclose", params = {"a", "b", "*", "rel_tol?", "abs_tol?"})
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isclose(Object a, Object b, Object relTol, Object absTol) {
            double x = real(a);
            double y = real(b);
            double rel = isNoValue(relTol) ? 1e-9 : real(relTol);
            double abs = isNoValue(absTol) ? 0.0 : real(absTol);
            if (rel < 0 || abs < 0) {
                throw PyErrors.valueError(null, "tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        }
    }

    @Builtin(name = "hypot", params = {"*coordinates"})
    @GenerateNodeFactory
    public abstract static class HypotNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double hypot(PyTuple coordinates) {
            double result = 0;
            for (Object c : coordinates.getItems()) {
                result = StrictMath.hypot(result, real(c));
            }
            return result;
        }
    }

    @Builtin(name = "dist", params = {"p", "q", "/"})
    @GenerateNodeFactory
    public abstract static class DistNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double dist(Object p, Object q) {
            Object[] a = Iteration.toArray(p);
            Object[] b = Iteration.toArray(q);
            if (a.length != b.length) {
                throw PyErrors.valueError(null, "both points must have the same number of dimensions");
            }
            double result = 0;
            for (int i = 0; i < a.length; i++) {
                result = StrictMath.hypot(result, real(a[i]) - real(b[i]));
            }
            return result;
        }
    }

    /** A non-negative (or any) int argument as BigInteger, with CPython's errors. */
    static BigInteger integer(Object value) {
        if (!Numbers.isInt(value)) {
            Numbers.asIndex(value);
        }
        return IntOps.big(value);
    }

    @Builtin(name = "gcd", params = {"*integers"})
    @GenerateNodeFactory
    public abstract static class GcdNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object gcd(PyTuple integers) {
            BigInteger result = BigInteger.ZERO;
            for (Object i : integers.getItems()) {
                result = result.gcd(integer(i));
            }
            return PyBigInt.normalize(result);
        }
    }

    @Builtin(name = "lcm", params = {"*integers"})
    @GenerateNodeFactory
    public abstract static class LcmNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object lcm(PyTuple integers) {
            BigInteger result = BigInteger.ONE;
            for (Object i : integers.getItems()) {
                BigInteger v = integer(i);
                if (v.signum() == 0 || result.signum() == 0) {
                    result = BigInteger.ZERO;
                } else {
                    result = result.divide(result.gcd(v)).multiply(v).abs();
                }
            }
            return PyBigInt.normalize(result);
        }
    }

    @Builtin(name = "factorial", params = {"n", "/"})
    @GenerateNodeFactory
    public abstract static class FactorialNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object factorial(Object n) {
            BigInteger v = integer(n);
            if (v.signum() < 0) {
                throw PyErrors.valueError(null, "factorial() not defined for negative values");
            }
            if (v.bitLength() > 31) {
                throw PyErrors.overflowError(null, "factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            return PyBigInt.normalize(productRange(BigInteger.ONE, v.intValue()));
        }
    }

    /** The product of the integers 2..n times start, computed by splitting for speed on big n. */
    static BigInteger productRange(BigInteger start, int n) {
        return start.multiply(product(2, n));
    }

    private static BigInteger product(int from, int to) {
        if (from > to) {
            return BigInteger.ONE;
        }
        if (to - from < 16) {
            BigInteger r = BigInteger.valueOf(from);
            for (int i = from + 1; i <= to; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        int mid = (from + to) >>> 1;
        return product(from, mid).multiply(product(mid + 1, to));
    }

    @Builtin(name = "comb", params = {"n", "k", "/"})
    @GenerateNodeFactory
    public abstract static class CombNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object comb(Object n, Object k) {
            BigInteger nn = integer(n);
            BigInteger kk = integer(k);
            if (nn.signum() < 0) {
                throw PyErrors.valueError(null, "n must be a non-negative integer");
            }
            if (kk.signum() < 0) {
                throw PyErrors.valueError(null, "k must be a non-negative integer");
            }
            if (kk.compareTo(nn) > 0) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            BigInteger kSmall = kk.min(nn.subtract(kk));
            for (BigInteger i = BigInteger.ZERO; i.compareTo(kSmall) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(nn.subtract(i)).divide(i.add(BigInteger.ONE));
            }
            return PyBigInt.normalize(r);
        }
    }

    @Builtin(name = "perm", params = {"n", "k?", "/"})
    @GenerateNodeFactory
    public abstract static class PermNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object perm(Object n, Object k) {
            BigInteger nn = integer(n);
            BigInteger kk = isNoValue(k) || k == PyNone.NONE ? nn : integer(k);
            if (nn.signum() < 0) {
                throw PyErrors.valueError(null, "n must be a non-negative integer");
            }
            if (kk.signum() < 0) {
                throw PyErrors.valueError(null, "k must be a non-negative integer");
            }
            if (kk.compareTo(nn) > 0) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(kk) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(nn.subtract(i));
            }
            return PyBigInt.normalize(r);
        }
    }

    @Builtin(name = "isqrt", params = {"n", "/"})
    @GenerateNodeFactory
    public abstract static class IsqrtNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object isqrt(Object n) {
            BigInteger v = integer(n);
            if (v.signum() < 0) {
                throw PyErrors.valueError(null, "isqrt() argument must be nonnegative");
            }
            return PyBigInt.normalize(v.sqrt());
        }
    }

    @Builtin(name = "prod", params = {"iterable", "/", "*", "start?"})
    @GenerateNodeFactory
    public abstract static class ProdNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object prod(Object iterable, Object start) {
            Object result = isNoValue(start) ? (Object) 1L : start;
            Object it = Iteration.getIterator(iterable);
            Object item;
            while ((item = Iteration.next(it)) != null) {
                result = BinaryOps.binary(BinaryOp.MUL, result, item);
            }
            return result;
        }
    }

    @Builtin(name = "fsum", params = {"iterable", "/"})
    @GenerateNodeFactory
    public abstract static class FsumNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double fsum(Object iterable) {
            return ExactSum.sum(Iteration.toArray(iterable));
        }
    }

    /** Shewchuk's exactly rounded summation, as CPython's math.fsum. */
    static final class ExactSum {
        private ExactSum() {
        }

        static double sum(Object[] values) {
            double[] partials = new double[32];
            int n = 0;
            double specialSum = 0;
            double infSum = 0;
            for (Object value : values) {
                double x = real(value);
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = partials[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) {
                        partials[i++] = lo;
                    }
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        if (Double.isFinite(xsave)) {
                            throw PyErrors.overflowError(null, "intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(xsave)) {
                            infSum += xsave;
                        }
                        specialSum += xsave;
                        n = 0;
                    } else {
                        if (n == partials.length) {
                            partials = java.util.Arrays.copyOf(partials, n * 2);
                        }
                        partials[n++] = x;
                    }
                }
            }
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) {
                    throw PyErrors.valueError(null, "-inf + inf in fsum");
                }
                return specialSum;
            }
            double hi = 0.0;
            if (n > 0) {
                hi = partials[--n];
                double lo = 0;
                while (n > 0) {
                    double x = hi;
                    double y = partials[--n];
                    hi = x + y;
                    double yr = hi - x;
                    lo = y - yr;
                    if (lo != 0.0) {
                        break;
                    }
                }
                if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                    double y = lo * 2.0;
                    double x = hi + y;
                    double yr = x - hi;
                    if (y == yr) {
                        hi = x;
                    }
                }
            }
            return hi;
        }
    }
}
