package org.tessera.lang.runtime;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The C library's math functions, called through the Foreign Function API. CPython's
 * {@code math} module calls the same functions, so results agree with CPython to the last bit,
 * which Java's {@code Math} and {@code StrictMath} (fdlibm) do not promise. If native access is
 * not available, {@code StrictMath} is used instead.
 */
public final class LibM {
    private LibM() {
    }

    private static final MethodHandle SIN = unary("sin");
    private static final MethodHandle COS = unary("cos");
    private static final MethodHandle TAN = unary("tan");
    private static final MethodHandle ASIN = unary("asin");
    private static final MethodHandle ACOS = unary("acos");
    private static final MethodHandle ATAN = unary("atan");
    private static final MethodHandle SINH = unary("sinh");
    private static final MethodHandle COSH = unary("cosh");
    private static final MethodHandle TANH = unary("tanh");
    private static final MethodHandle ASINH = unary("asinh");
    private static final MethodHandle ACOSH = unary("acosh");
    private static final MethodHandle ATANH = unary("atanh");
    private static final MethodHandle EXP = unary("exp");
    private static final MethodHandle EXPM1 = unary("expm1");
    private static final MethodHandle LOG = unary("log");
    private static final MethodHandle LOG2 = unary("log2");
    private static final MethodHandle LOG10 = unary("log10");
    private static final MethodHandle LOG1P = unary("log1p");
    private static final MethodHandle ERF = unary("erf");
    private static final MethodHandle ERFC = unary("erfc");
    private static final MethodHandle CBRT = unary("cbrt");
    private static final MethodHandle ATAN2 = binary("atan2");
    private static final MethodHandle POW = binary("pow");
    private static final MethodHandle FMOD = binary("fmod");

    private static MethodHandle unary(String name) {
        return lookup(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle binary(String name) {
        return lookup(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle lookup(String name, FunctionDescriptor descriptor) {
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            Optional<java.lang.foreign.MemorySegment> symbol = libc.find(name);
            return symbol.map(s -> linker.downcallHandle(s, descriptor, Linker.Option.critical(false))).orElse(null);
        } catch (Throwable unavailable) {
            return null;
        }
    }

    private static double call(MethodHandle handle, double x, java.util.function.DoubleUnaryOperator fallback) {
        if (handle == null) {
            return fallback.applyAsDouble(x);
        }
        try {
            return (double) handle.invokeExact(x);
        } catch (Throwable t) {
            return fallback.applyAsDouble(x);
        }
    }

    private static double call(MethodHandle handle, double x, double y, java.util.function.DoubleBinaryOperator fallback) {
        if (handle == null) {
            return fallback.applyAsDouble(x, y);
        }
        try {
            return (double) handle.invokeExact(x, y);
        } catch (Throwable t) {
            return fallback.applyAsDouble(x, y);
        }
    }

    @TruffleBoundary
    public static double sin(double x) {
        return call(SIN, x, StrictMath::sin);
    }

    @TruffleBoundary
    public static double cos(double x) {
        return call(COS, x, StrictMath::cos);
    }

    @TruffleBoundary
    public static double tan(double x) {
        return call(TAN, x, StrictMath::tan);
    }

    @TruffleBoundary
    public static double asin(double x) {
        return call(ASIN, x, StrictMath::asin);
    }

    @TruffleBoundary
    public static double acos(double x) {
        return call(ACOS, x, StrictMath::acos);
    }

    @TruffleBoundary
    public static double atan(double x) {
        return call(ATAN, x, StrictMath::atan);
    }

    @TruffleBoundary
    public static double sinh(double x) {
        return call(SINH, x, StrictMath::sinh);
    }

    @TruffleBoundary
    public static double cosh(double x) {
        return call(COSH, x, StrictMath::cosh);
    }

    @TruffleBoundary
    public static double tanh(double x) {
        return call(TANH, x, StrictMath::tanh);
    }

    @TruffleBoundary
    public static double asinh(double x) {
        return call(ASINH, x, v -> Math.copySign(StrictMath.log(Math.abs(v) + StrictMath.sqrt(v * v + 1)), v));
    }

    @TruffleBoundary
    public static double acosh(double x) {
        return call(ACOSH, x, v -> StrictMath.log(v + StrictMath.sqrt(v * v - 1)));
    }

    @TruffleBoundary
    public static double atanh(double x) {
        return call(ATANH, x, v -> 0.5 * StrictMath.log1p(2 * v / (1 - v)));
    }

    @TruffleBoundary
    public static double exp(double x) {
        return call(EXP, x, StrictMath::exp);
    }

    @TruffleBoundary
    public static double expm1(double x) {
        return call(EXPM1, x, StrictMath::expm1);
    }

    @TruffleBoundary
    public static double log(double x) {
        return call(LOG, x, StrictMath::log);
    }

    @TruffleBoundary
    public static double log2(double x) {
        return call(LOG2, x, v -> StrictMath.log(v) / StrictMath.log(2));
    }

    @TruffleBoundary
    public static double log10(double x) {
        return call(LOG10, x, StrictMath::log10);
    }

    @TruffleBoundary
    public static double log1p(double x) {
        return call(LOG1P, x, StrictMath::log1p);
    }

    @TruffleBoundary
    public static double erf(double x) {
        return call(ERF, x, v -> Double.NaN);
    }

    @TruffleBoundary
    public static double erfc(double x) {
        return call(ERFC, x, v -> Double.NaN);
    }

    @TruffleBoundary
    public static double cbrt(double x) {
        return call(CBRT, x, StrictMath::cbrt);
    }

    @TruffleBoundary
    public static double atan2(double y, double x) {
        return call(ATAN2, y, x, StrictMath::atan2);
    }

    @TruffleBoundary
    public static double pow(double x, double y) {
        return call(POW, x, y, StrictMath::pow);
    }

    @TruffleBoundary
    public static double fmod(double x, double y) {
        return call(FMOD, x, y, (a, b) -> a % b);
    }

    /** Whether the C library is in use (else the fallbacks). */
    public static boolean isNative() {
        return SIN != null;
    }
}
