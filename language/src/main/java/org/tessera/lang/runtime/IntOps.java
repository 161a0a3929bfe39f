package org.tessera.lang.runtime;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code int} arithmetic on {@link BigInteger}s, for the cases where the {@code long} fast
 * paths of the nodes overflow. Every result goes through {@link PyBigInt#normalize}, so an int
 * that fits in a {@code long} is always a {@code long}.
 */
public final class IntOps {
    private IntOps() {
    }

    /** The BigInteger value of a {@code long}, {@code boolean} or {@link PyBigInt}. */
    @TruffleBoundary
    public static BigInteger big(Object intValue) {
        if (intValue instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (intValue instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (intValue instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        return ((PyBigInt) intValue).getValue();
    }

    @TruffleBoundary
    public static Object add(BigInteger a, BigInteger b) {
        return PyBigInt.normalize(a.add(b));
    }

    @TruffleBoundary
    public static Object sub(BigInteger a, BigInteger b) {
        return PyBigInt.normalize(a.subtract(b));
    }

    @TruffleBoundary
    public static Object mul(BigInteger a, BigInteger b) {
        return PyBigInt.normalize(a.multiply(b));
    }

    @TruffleBoundary
    public static Object floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyErrors.zeroDivisionError(null, "integer division or modulo by zero");
        }
        return PyBigInt.normalize(floorDivBig(a, b));
    }

    static BigInteger floorDivBig(BigInteger a, BigInteger b) {
        if (a.signum() > 0 && b.signum() > 0) {
            long q = smallQuotient(a, b);
            if (q >= 0) {
                return BigInteger.valueOf(q);
            }
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /**
     * {@code a // b} for positive numbers of many words whose quotient is below 2^30 (a spigot's
     * next digit): estimated from the top 32 bits of {@code b} and corrected by at most a few
     * steps of one multiply-by-int and one subtraction. Java's Knuth division would first copy
     * and shift both numbers. Returns -1 when the case does not apply.
     */
    static long smallQuotient(BigInteger a, BigInteger b) {
        int bBits = b.bitLength();
        int shift = bBits - 32;
        if (shift < 64 || a.bitLength() - bBits >= 30) {
            return -1;
        }
        long aTop = a.shiftRight(shift).longValue(); // below 2^62
        long bTop = b.shiftRight(shift).longValue(); // in [2^31, 2^32)
        long q = aTop / bTop;
        BigInteger rest = a.subtract(b.multiply(BigInteger.valueOf(q)));
        for (int step = 0; step < 4; step++) {
            if (rest.signum() < 0) {
                q--;
                rest = rest.add(b);
            } else if (rest.compareTo(b) >= 0) {
                q++;
                rest = rest.subtract(b);
            } else {
                return q;
            }
        }
        return -1;
    }

    @TruffleBoundary
    public static Object mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyErrors.zeroDivisionError(null, "integer modulo by zero");
        }
        return PyBigInt.normalize(modBig(a, b));
    }

    static BigInteger modBig(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return r;
    }

    /** {@code a ** b} for {@code b >= 0}. */
    @TruffleBoundary
    public static Object pow(BigInteger a, BigInteger b) {
        if (b.bitLength() > 31) {
            if (a.equals(BigInteger.ONE) || a.signum() == 0) {
                return PyBigInt.normalize(a);
            } else if (a.equals(BigInteger.ONE.negate())) {
                return b.testBit(0) ? -1L : 1L;
            }
            throw PyErrors.raise(null, org.tessera.lang.runtime.exception.ErrorType.MemoryError, null);
        }
        return PyBigInt.normalize(a.pow(b.intValue()));
    }

    /** {@code a ** b} on longs; overflows to BigInteger, negative exponents give a float. */
    @TruffleBoundary
    public static Object pow(long a, long b) {
        if (b < 0) {
            return FloatOps.pow((double) a, (double) b);
        }
        long result = 1;
        long base = a;
        long e = b;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>= 1;
                if (e > 0) {
                    base = Math.multiplyExact(base, base);
                }
            }
            return result;
        } catch (ArithmeticException overflow) {
            return pow(BigInteger.valueOf(a), BigInteger.valueOf(b));
        }
    }

    /** Three-argument {@code pow(a, b, m)}. */
    @TruffleBoundary
    public static Object powMod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) {
            throw PyErrors.valueError(null, "pow() 3rd argument cannot be 0");
        }
        BigInteger absM = m.abs();
        BigInteger base = a;
        BigInteger exp = b;
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(absM);
            } catch (ArithmeticException notInvertible) {
                throw PyErrors.valueError(null, "base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.modPow(exp, absM);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyBigInt.normalize(r);
    }

    @TruffleBoundary
    public static Object shiftLeft(BigInteger a, BigInteger count) {
        if (count.signum() < 0) {
            throw PyErrors.valueError(null, "negative shift count");
        }
        if (a.signum() == 0) {
            return 0L;
        }
        if (count.bitLength() > 31) {
            throw PyErrors.overflowError(null, "too many digits in integer");
        }
        return PyBigInt.normalize(a.shiftLeft(count.intValue()));
    }

    @TruffleBoundary
    public static Object shiftRight(BigInteger a, BigInteger count) {
        if (count.signum() < 0) {
            throw PyErrors.valueError(null, "negative shift count");
        }
        if (count.bitLength() > 31) {
            return a.signum() < 0 ? -1L : 0L;
        }
        return PyBigInt.normalize(a.shiftRight(count.intValue()));
    }

    @TruffleBoundary
    public static Object and(BigInteger a, BigInteger b) {
        return PyBigInt.normalize(a.and(b));
    }

    @TruffleBoundary
    public static Object or(BigInteger a, BigInteger b) {
        return PyBigInt.normalize(a.or(b));
    }

    @TruffleBoundary
    public static Object xor(BigInteger a, BigInteger b) {
        return PyBigInt.normalize(a.xor(b));
    }

    /** {@code a << b} on longs, overflowing to BigInteger. */
    public static Object shiftLeft(long a, long b) {
        if (b < 0) {
            throw PyErrors.valueError(null, "negative shift count");
        }
        if (b < 63) {
            long r = a << b;
            if ((r >> b) == a) {
                return r;
            }
        }
        return shiftLeft(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    public static long shiftRight(long a, long b) {
        if (b < 0) {
            throw PyErrors.valueError(null, "negative shift count");
        }
        return a >> Math.min(b, 63);
    }

    /** Correctly rounded {@code a / b}, as CPython's true division of ints. */
    @TruffleBoundary
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyErrors.zeroDivisionError(null, "division by zero");
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();
        }
        boolean negative = a.signum() != b.signum() && a.signum() != 0;
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        // Scale so the quotient has 55 significant bits, then round half-even using the remainder.
        int shift = d.bitLength() - n.bitLength() + 55;
        BigInteger scaledN = shift > 0 ? n.shiftLeft(shift) : n;
        BigInteger scaledD = shift < 0 ? d.shiftLeft(-shift) : d;
        BigInteger[] qr = scaledN.divideAndRemainder(scaledD);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        int exponent = q.bitLength() - shift;
        if (exponent > 1024) {
            throw PyErrors.overflowError(null, "integer division result too large for a float");
        }
        double result = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(result)) {
            throw PyErrors.overflowError(null, "integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw PyErrors.zeroDivisionError(null, "division by zero");
        }
        if (a >= -(1L << 53) && a <= (1L << 53) && b >= -(1L << 53) && b <= (1L << 53)) {
            return (double) a / (double) b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /** The float nearest to an int, or OverflowError. */
    @TruffleBoundary
    public static double toDouble(BigInteger value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError(null, "int too large to convert to float");
        }
        return d;
    }

    /** The Python hash of an int: its value modulo 2**61 - 1, keeping the sign. */
    public static long hash(long value) {
        long h;
        if (value >= 0) {
            h = value % FloatOps.HASH_MODULUS;
        } else if (value == Long.MIN_VALUE) {
            h = -4; // 2**63 == 4 * (2**61 - 1) + 4
        } else {
            h = -((-value) % FloatOps.HASH_MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hash(BigInteger value) {
        long h = value.abs().mod(BigInteger.valueOf(FloatOps.HASH_MODULUS)).longValue();
        if (value.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** Compares an int with a float exactly, as Python does (no rounding of the int). */
    @TruffleBoundary
    public static int compareWithDouble(BigInteger a, double b) {
        if (Double.isNaN(b)) {
            throw new IllegalStateException("NaN compares unordered");
        }
        if (Double.isInfinite(b)) {
            return b > 0 ? -1 : 1;
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(b);
        return new java.math.BigDecimal(a).compareTo(exact);
    }

    /** Exact comparison of a long with a double; NaN must be handled by the caller. */
    public static int compareWithDouble(long a, double b) {
        if (a >= -(1L << 53) && a <= (1L << 53)) {
            double da = a;
            return da < b ? -1 : (da > b ? 1 : 0);
        }
        return compareWithDouble(BigInteger.valueOf(a), b);
    }
}
