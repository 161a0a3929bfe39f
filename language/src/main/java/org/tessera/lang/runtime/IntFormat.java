package org.tessera.lang.runtime;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Ints to and from text: {@code str}, {@code bin/oct/hex}, and {@code int(s, base)}. */
public final class IntFormat {
    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    private IntFormat() {
    }

    public static int getMaxStrDigits() {
        return maxStrDigits;
    }

    public static void setMaxStrDigits(int limit) {
        maxStrDigits = limit;
    }

    /** Decimal digits of a big int, with CPython's limit on the number of digits. */
    @TruffleBoundary
    public static String toDecimalString(BigInteger value) {
        String s = value.toString();
        int limit = maxStrDigits;
        int digits = value.signum() < 0 ? s.length() - 1 : s.length();
        if (limit > 0 && digits > limit) {
            throw PyErrors.valueError(null, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                            limit);
        }
        return s;
    }

    /** {@code bin/oct/hex(value)}: the digits in {@code radix} with prefix, sign first. */
    @TruffleBoundary
    public static String toPrefixedString(Object value, int radix, String prefix) {
        BigInteger big = IntOps.big(value);
        String digits = big.abs().toString(radix);
        return (big.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** {@code int(text, base)}; ValueError worded as CPython's on bad input. */
    @TruffleBoundary
    public static Object parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError(null, "int() base must be >= 2 and <= 36, or 0");
        }
        Object result = parseOrNull(text, base);
        if (result == null) {
            throw PyErrors.valueError(null, "invalid literal for int() with base %d: %s", base, PyObjects.repr(text));
        }
        return result;
    }

    private static Object parseOrNull(String text, int requestedBase) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        int base = requestedBase;
        boolean prefixed = false;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                i += 2;
                prefixed = true;
            }
        }
        if (base == 0) {
            base = 10;
            if (onlyZerosAndUnderscores(s, i) || i >= s.length() || s.charAt(i) != '0') {
                // a decimal literal without leading zeros, or zero itself
            } else {
                return null;
            }
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean lastUnderscore = !prefixed;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        int limit = maxStrDigits;
        if (limit > 0 && (base & (base - 1)) != 0 && digits.length() > limit) {
            throw PyErrors.valueError(null,
                            "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                            limit, digits.length());
        }
        if (digits.length() <= 18 && base <= 10 || digits.length() <= 12) {
            long v = Long.parseLong(digits.toString(), base);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return PyBigInt.normalize(negative ? v.negate() : v);
    }

    private static boolean onlyZerosAndUnderscores(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != '0' && s.charAt(i) != '_') {
                return false;
            }
        }
        return from < s.length();
    }
}
