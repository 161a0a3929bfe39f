package org.tessera.lang.parser;

import java.math.BigInteger;

/** Values of number literals whose syntax the {@link Tokenizer} has already checked. */
final class NumberLiterals {
    private NumberLiterals() {
    }

    /** How an integer literal is written; floats and imaginaries are {@link #DECIMAL}. */
    enum Form {
        DECIMAL(10, 0, 18), HEXADECIMAL(16, 2, 15), OCTAL(8, 2, 21), BINARY(2, 2, 63);

        final int radix;
        final int prefixLength;
        /** Digits that always fit in a {@code long}. */
        final int longDigits;

        Form(int radix, int prefixLength, int longDigits) {
            this.radix = radix;
            this.prefixLength = prefixLength;
            this.longDigits = longDigits;
        }
    }

    /**
     * The value of the literal {@code text[start, end)}: a Long, or a BigInteger if it does not fit,
     * for an int; a Double for a float; null for an imaginary literal, which Tessera does not support.
     */
    static Object value(String text, int start, int end, Form form) {
        char last = text.charAt(end - 1);
        if (last == 'j' || last == 'J') {
            return null;
        }
        String digits = withoutUnderscores(text, start + form.prefixLength, end);
        if (form == Form.DECIMAL && isFloat(digits)) {
            // Java's parser is correctly rounded, as CPython's is.
            return Double.parseDouble(digits);
        }
        if (digits.length() <= form.longDigits) {
            return Long.parseLong(digits, form.radix);
        }
        BigInteger value = new BigInteger(digits, form.radix);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static boolean isFloat(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return true;
            }
        }
        return false;
    }

    private static String withoutUnderscores(String text, int start, int end) {
        String literal = text.substring(start, end);
        return literal.indexOf('_') < 0 ? literal : literal.replace("_", "");
    }
}
