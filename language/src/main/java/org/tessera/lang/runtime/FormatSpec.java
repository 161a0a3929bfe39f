package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.PyErrors;

/**
 * A parsed format specification, Python's mini-language:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 */
public record FormatSpec(char fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width, char grouping, int precision,
                char type) {

    /** No value for a char field. */
    public static final char NONE = '\0';

    public static FormatSpec parse(String spec, Object value) {
        int i = 0;
        int n = spec.length();
        char fill = NONE;
        char align = NONE;
        if (n >= 2 && isAlign(spec.charAt(1))) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = NONE;
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            sign = spec.charAt(i++);
        }
        boolean z = false;
        if (i < n && spec.charAt(i) == 'z') {
            z = true;
            i++;
        }
        boolean alternate = false;
        if (i < n && spec.charAt(i) == '#') {
            alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (fill == NONE) {
                fill = '0';
            }
            if (align == NONE) {
                align = '=';
            }
            i++;
        }
        int width = -1;
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            width = parseInt(spec.substring(start, i));
        }
        char grouping = NONE;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw PyErrors.valueError(null, "Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyErrors.valueError(null, "Format specifier missing precision");
            }
            precision = parseInt(spec.substring(start, i));
        }
        char type = NONE;
        if (i < n) {
            type = spec.charAt(i++);
        }
        if (i < n) {
            throw PyErrors.valueError(null, "Invalid format specifier '%s' for object of type '%s'", spec, PyErrors.typeName(value));
        }
        return new FormatSpec(fill, align, sign, z, alternate, width, grouping, precision, type);
    }

    private static int parseInt(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw PyErrors.valueError(null, "Too many decimal digits in format string");
        }
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    public char fillOr(char defaultFill) {
        return fill == NONE ? defaultFill : fill;
    }
}
