package org.tessera.lang.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python {@code float} semantics that Java's operators do not give: repr, floor ops, pow, hash, round. */
public final class FloatOps {
    /** 2**61 - 1, the modulus of Python's numeric hash. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;
    private static final long HASH_INF = 314159;

    private FloatOps() {
    }

    /** {@code repr(x)}: the shortest string that round-trips, in Python's layout. */
    @TruffleBoundary
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        } else if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        Decimal d = shortest(Math.abs(x));
        StringBuilder sb = new StringBuilder();
        if (x < 0) {
            sb.append('-');
        }
        if (d.decpt <= -4 || d.decpt > 16) {
            appendExponential(sb, d.digits, d.decpt - 1, false);
        } else {
            appendFixed(sb, d.digits, d.decpt, true);
        }
        return sb.toString();
    }

    /** Digits {@code d1 d2 ...} and point position: the value is {@code 0.d1d2... * 10**decpt}. */
    record Decimal(String digits, int decpt) {
    }

    static Decimal shortest(double positive) {
        // Java 19+ prints the shortest round-tripping decimal (Schubfach); only the layout differs.
        String s = Double.toString(positive);
        int ePos = s.indexOf('E');
        String mantissa = ePos < 0 ? s : s.substring(0, ePos);
        int exp = ePos < 0 ? 0 : Integer.parseInt(s.substring(ePos + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        int end = digits.length();
        while (end > lead + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        String shortest = digits.substring(lead, end);
        if (shortest.length() == 2) {
            // Java prints two digits where one would do (4.9E-324); Python wants the one digit if it round-trips.
            Decimal one = oneDigit(positive, shortest, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Decimal(shortest, decpt);
    }

    private static Decimal oneDigit(double positive, String twoDigits, int decpt) {
        int first = twoDigits.charAt(0) - '0';
        Decimal best = null;
        BigDecimal bestError = null;
        for (int candidate = first; candidate <= first + 1; candidate++) {
            String digits = candidate == 10 ? "1" : String.valueOf(candidate);
            int exponent = candidate == 10 ? decpt : decpt - 1;
            double value = Double.parseDouble(digits + "e" + exponent);
            if (value == positive) {
                BigDecimal error = new BigDecimal(digits + "e" + exponent).subtract(new BigDecimal(positive)).abs();
                if (bestError == null || error.compareTo(bestError) < 0) {
                    best = new Decimal(digits, candidate == 10 ? decpt + 1 : decpt);
                    bestError = error;
                }
            }
        }
        return best;
    }

    /** Appends {@code 0.digits * 10**decpt} in positional notation. */
    static void appendFixed(StringBuilder sb, String digits, int decpt, boolean addDotZero) {
        if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                sb.append('0');
            }
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
    }

    /** Appends {@code d.ddd e+XX}. */
    static void appendExponential(StringBuilder sb, String digits, int exponent, boolean upper) {
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        appendExponent(sb, exponent, upper);
    }

    static void appendExponent(StringBuilder sb, int exponent, boolean upper) {
        sb.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
        int a = Math.abs(exponent);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    /** Python's {@code a % b}: the result has the sign of {@code b}. */
    public static double mod(double a, double b) {
        if (b == 0) {
            throw PyErrors.zeroDivisionError(null, "float modulo");
        }
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** Python's {@code a // b}, consistent with {@link #mod}. */
    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw PyErrors.zeroDivisionError(null, "float floor division by zero");
        }
        return floorDivNonZero(a, b);
    }

    static double floorDivNonZero(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div != 0) {
            double floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
            return floorDiv;
        }
        return Math.copySign(0.0, a / b);
    }

    public static double divide(double a, double b) {
        if (b == 0) {
            throw PyErrors.zeroDivisionError(null, "float division by zero");
        }
        return a / b;
    }

    /** Python's {@code a ** b} on floats. */
    @TruffleBoundary
    public static double pow(double a, double b) {
        if (a == 1.0 || b == 0) {
            return 1.0;
        } else if (a == -1.0 && Double.isInfinite(b)) {
            return 1.0;
        }
        if (a == 0 && b < 0) {
            throw PyErrors.zeroDivisionError(null, "0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && !Double.isInfinite(b)) {
            throw PyErrors.valueError(null, "complex numbers are not supported: negative number raised to a fractional power");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            // CPython reports the C library's ERANGE: OverflowError(34, 'Numerical result out of range')
            throw new org.tessera.lang.runtime.exception.PyException(PyErrors.createWithArgs(PyObjects.types().error(org.tessera.lang.runtime.exception.ErrorType.OverflowError),
                            PyTuple.of(34L, "Numerical result out of range")), PyErrors.locate(null));
        }
        return r;
    }

    /** The Python hash of a float; equal to the hash of an equal int. */
    public static long hash(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? HASH_INF : -HASH_INF;
        } else if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return IntOps.hash((long) v);
        }
        int[] e = new int[1];
        double m = frexp(v, e);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        int exp = e[0];
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            exp -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, HASH_MODULUS) >= 0) {
                x -= HASH_MODULUS;
            }
        }
        exp = exp >= 0 ? exp % HASH_BITS : HASH_BITS - 1 - ((-1 - exp) % HASH_BITS);
        x = ((x << exp) & HASH_MODULUS) | x >>> (HASH_BITS - exp);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** C's frexp: {@code v == m * 2**e[0]} with {@code 0.5 <= |m| < 1}. */
    static double frexp(double v, int[] e) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            e[0] = 0;
            return v;
        }
        int exp = Math.getExponent(v);
        double scaled = v;
        int adjust = 0;
        if (exp == Double.MIN_EXPONENT - 1) {
            scaled = v * 0x1p54;
            adjust = -54;
            exp = Math.getExponent(scaled);
        }
        e[0] = exp + 1 + adjust;
        return Math.scalb(scaled, -(exp + 1));
    }

    /** {@code round(x, ndigits)}: correctly rounded, ties to even on the exact binary value. */
    @TruffleBoundary
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (ndigits > 330) {
            return x;
        }
        if (ndigits < -330) {
            return Math.copySign(0.0, x);
        }
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError(null, "rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code int(x)} of a float: truncation toward zero. */
    @TruffleBoundary
    public static Object toInt(double x) {
        if (Double.isNaN(x)) {
            throw PyErrors.valueError(null, "cannot convert float NaN to integer");
        } else if (Double.isInfinite(x)) {
            throw PyErrors.overflowError(null, "cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.2e18) {
            return (long) x;
        }
        return PyBigInt.normalize(new BigDecimal(x).toBigInteger());
    }

    /** {@code round(x)}: nearest int, ties to even. */
    @TruffleBoundary
    public static Object roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /** Parses the text of {@code float(s)}, or returns null if it is not a float literal. */
    @TruffleBoundary
    public static Double parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        int start = (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        String body = s.substring(start).toLowerCase(java.util.Locale.ROOT);
        boolean negative = s.charAt(0) == '-';
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (body.equals("nan")) {
            return Double.NaN;
        }
        String cleaned = removeUnderscores(body);
        if (cleaned == null || !isDecimalFloat(cleaned)) {
            return null;
        }
        double v = Double.parseDouble(cleaned);
        return negative ? -v : v;
    }

    /** Removes underscores that sit between two digits; null if any other underscore is present. */
    static String removeUnderscores(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i == s.length() - 1 || !isAsciiDigit(s.charAt(i - 1)) || !isAsciiDigit(s.charAt(i + 1))) {
                    return null;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** digits [. digits] | . digits, then an optional exponent. */
    private static boolean isDecimalFloat(String s) {
        int i = 0;
        int n = s.length();
        int intDigits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == 'e') {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** The digits of {@code |x|} rounded to {@code significant} digits, half-even on the exact value. */
    static Decimal roundSignificant(double positive, int significant) {
        if (positive == 0) {
            return new Decimal("0".repeat(Math.max(1, significant)), 1);
        }
        BigDecimal rounded = new BigDecimal(positive).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        BigInteger unscaled = rounded.unscaledValue();
        String digits = unscaled.toString();
        int decpt = digits.length() - rounded.scale();
        if (digits.length() < significant) {
            digits = digits + "0".repeat(significant - digits.length());
        } else if (digits.length() > significant) {
            digits = digits.substring(0, significant);
        }
        return new Decimal(digits, decpt);
    }

    /** {@code |x|} with exactly {@code decimals} digits after the point, half-even on the exact value. */
    static String fixedDigits(double positive, int decimals) {
        return new BigDecimal(positive).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
