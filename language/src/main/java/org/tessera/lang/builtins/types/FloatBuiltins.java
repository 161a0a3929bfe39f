package org.tessera.lang.builtins.types;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.FloatOps;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code float}: construction and methods. */
public final class FloatBuiltins {
    private FloatBuiltins() {
    }

    static double self(Object self, String method) {
        if (self instanceof Double d) {
            return d;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'float' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    @Builtin(name = "__new__", params = {"cls", "x?", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double create(@SuppressWarnings("unused") PyType cls, Object x) {
            if (isNoValue(x)) {
                return 0.0;
            } else if (x instanceof String s) {
                Double d = FloatOps.parse(s);
                if (d == null) {
                    throw PyErrors.valueError(null, "could not convert string to float: %s", PyObjects.repr(s));
                }
                return d;
            }
            Double d = Numbers.asDoubleOrNull(x);
            if (d != null) {
                return d;
            }
            if (x instanceof org.tessera.lang.runtime.PyObject) {
                return Numbers.asDouble(x);
            }
            throw PyErrors.typeError(null, "float() argument must be a string or a real number, not '%s'", PyErrors.typeName(x));
        }
    }

    @Builtin(name = "is_integer", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends PyBuiltinNode {
        @Specialization
        protected static boolean isInteger(Object self) {
            double d = self(self, "is_integer");
            return !Double.isInfinite(d) && d == Math.rint(d);
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyTuple ratio(Object self) {
            double d = self(self, "as_integer_ratio");
            if (Double.isInfinite(d)) {
                throw PyErrors.overflowError(null, "cannot convert Infinity to integer ratio");
            } else if (Double.isNaN(d)) {
                throw PyErrors.valueError(null, "cannot convert NaN to integer ratio");
            }
            BigDecimal exact = new BigDecimal(d);
            BigInteger numerator = exact.unscaledValue();
            BigInteger denominator = BigInteger.ONE;
            if (exact.scale() > 0) {
                denominator = BigInteger.TEN.pow(exact.scale());
            } else {
                numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
            }
            BigInteger g = numerator.gcd(denominator);
            if (g.signum() != 0) {
                numerator = numerator.divide(g);
                denominator = denominator.divide(g);
            }
            return PyTuple.of(PyBigInt.normalize(numerator), PyBigInt.normalize(denominator));
        }
    }

    @Builtin(name = "conjugate", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends PyBuiltinNode {
        @Specialization
        protected static double conjugate(Object self) {
            return self(self, "conjugate");
        }
    }
}
