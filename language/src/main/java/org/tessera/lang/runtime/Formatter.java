package org.tessera.lang.runtime;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code format(value, spec)} for the built-in types, following CPython's mini-language exactly. */
public final class Formatter {
    private Formatter() {
    }

    /** {@code format(value, spec)}. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof PyObject object) {
            Object method = PyObjects.lookupUserSpecial(object.getPyType(), "__format__");
            if (method != null) {
                Object r = CallSupport.call(method, object, spec);
                if (r instanceof String s) {
                    return s;
                }
                throw PyErrors.typeError(null, "__format__ must return a str, not %s", PyErrors.typeName(r));
            }
        }
        if (spec.isEmpty()) {
            return PyObjects.str(value);
        }
        if (value instanceof String s) {
            return formatString(s, FormatSpec.parse(spec, value));
        } else if (value instanceof Boolean || value instanceof Long || value instanceof PyBigInt || value instanceof Integer) {
            return formatInt(IntOps.big(value), FormatSpec.parse(spec, value), value);
        } else if (value instanceof Double d) {
            return formatFloat(d, FormatSpec.parse(spec, value), value);
        }
        throw PyErrors.typeError(null, "unsupported format string passed to %s.__format__", PyErrors.typeName(value));
    }

    static String formatString(String s, FormatSpec spec) {
        if (spec.type() != FormatSpec.NONE && spec.type() != 's') {
            throw unknownCode(spec.type(), s);
        }
        if (spec.sign() != FormatSpec.NONE) {
            throw PyErrors.valueError(null, "Sign not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PyErrors.valueError(null, "Alternate form (#) not allowed in string format specifier");
        }
        if (spec.grouping() != FormatSpec.NONE) {
            throw PyErrors.valueError(null, "Cannot specify '%c' with 's'.", spec.grouping());
        }
        if (spec.align() == '=') {
            throw PyErrors.valueError(null, "'=' alignment not allowed in string format specifier");
        }
        String text = s;
        if (spec.precision() >= 0 && StrOps.length(text) > spec.precision()) {
            text = StrOps.substring(text, 0, spec.precision());
        }
        return pad(text, "", spec, '<');
    }

    private static RuntimeException unknownCode(char code, Object value) {
        return PyErrors.valueError(null, "Unknown format code '%c' for object of type '%s'", code, PyErrors.typeName(value));
    }

    static String formatInt(BigInteger value, FormatSpec spec, Object original) {
        char type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(IntOps.toDouble(value), spec, original);
            case FormatSpec.NONE, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw unknownCode(type, original);
        }
        if (spec.precision() >= 0) {
            throw PyErrors.valueError(null, "Precision not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != FormatSpec.NONE) {
                throw PyErrors.valueError(null, "Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PyErrors.valueError(null, "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErrors.overflowError(null, "%%c arg not in range(0x110000)");
            }
            return pad(new String(Character.toChars(value.intValue())), "", spec, '<');
        }
        if (spec.grouping() == ',' && (type == 'b' || type == 'o' || type == 'x' || type == 'X')) {
            throw PyErrors.valueError(null, "Cannot specify ',' with '%c'.", type);
        }
        int radix = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        String digits = value.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = "";
        if (spec.alternate() && radix != 10) {
            prefix = "0" + (type == 'X' ? 'X' : type);
        }
        String sign = signOf(value.signum() < 0, spec);
        int groupSize = radix == 10 ? 3 : 4;
        return assembleNumber(sign + prefix, digits, "", spec, groupSize);
    }

    private static String signOf(boolean negative, FormatSpec spec) {
        if (negative) {
            return "-";
        } else if (spec.sign() == '+') {
            return "+";
        } else if (spec.sign() == ' ') {
            return " ";
        }
        return "";
    }

    static String formatFloat(double value, FormatSpec spec, Object original) {
        char type = spec.type();
        switch (type) {
            case FormatSpec.NONE, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                break;
            default:
                throw unknownCode(type, original);
        }
        double x = value;
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        if (spec.noNegativeZero() && negative) {
            String probe = floatBody(-x, spec, type);
            if (probe.matches("[0.]*(e[+-]0+)?%?")) {
                negative = false;
            }
        }
        if (Double.isNaN(x)) {
            negative = false;
        }
        String body = floatBody(Math.abs(x), spec, type);
        String intPart = body;
        String rest = "";
        int cut = firstNonDigit(body);
        if (cut >= 0) {
            intPart = body.substring(0, cut);
            rest = body.substring(cut);
        }
        return assembleNumber(signOf(negative, spec), intPart, rest, spec, 3);
    }

    private static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text of {@code |x|} for a float presentation type, without sign, padding or grouping. */
    static String floatBody(double x, FormatSpec spec, char type) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isInfinite(x)) {
            return (upper ? "INF" : "inf") + (type == '%' ? "%" : "");
        } else if (Double.isNaN(x)) {
            return (upper ? "NAN" : "nan") + (type == '%' ? "%" : "");
        }
        int p = spec.precision();
        switch (type) {
            case 'f', 'F':
                return fixed(x, p < 0 ? 6 : p, spec.alternate());
            case '%':
                return fixed(x * 100, p < 0 ? 6 : p, spec.alternate()) + "%";
            case 'e', 'E':
                return exponential(x, p < 0 ? 6 : p, upper, spec.alternate());
            case 'g', 'G', 'n':
                return general(x, p < 0 ? 6 : p, upper, spec.alternate(), false);
            default:
                if (p < 0) {
                    return FloatOps.repr(x);
                }
                return general(x, p, false, spec.alternate(), true);
        }
    }

    static String fixed(double x, int decimals, boolean alternate) {
        String s = FloatOps.fixedDigits(x, decimals);
        return alternate && decimals == 0 ? s + "." : s;
    }

    static String exponential(double x, int decimals, boolean upper, boolean alternate) {
        FloatOps.Decimal d = FloatOps.roundSignificant(x, decimals + 1);
        StringBuilder sb = new StringBuilder();
        sb.append(d.digits().charAt(0));
        if (decimals > 0 || alternate) {
            sb.append('.');
        }
        sb.append(d.digits(), 1, d.digits().length());
        FloatOps.appendExponent(sb, x == 0 ? 0 : d.decpt() - 1, upper);
        return sb.toString();
    }

    /** 'g' formatting; {@code repr} style adds ".0" to integral fixed results, as the '' type does. */
    static String general(double x, int precision, boolean upper, boolean alternate, boolean reprStyle) {
        int p = precision == 0 ? 1 : precision;
        FloatOps.Decimal d = FloatOps.roundSignificant(x, p);
        int exp = x == 0 ? 0 : d.decpt() - 1;
        String digits = d.digits();
        if (!alternate) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
        }
        StringBuilder sb = new StringBuilder();
        if (exp >= -4 && exp < p) {
            if (x == 0) {
                sb.append('0');
                if (alternate && p > 1) {
                    sb.append('.').append("0".repeat(p - 1));
                } else if (reprStyle) {
                    sb.append(".0");
                }
                return sb.toString();
            }
            FloatOps.appendFixed(sb, digits, exp + 1, reprStyle);
            if (alternate && sb.indexOf(".") < 0) {
                sb.append('.');
            }
        } else {
            FloatOps.appendExponential(sb, digits, exp, upper);
            if (alternate && digits.length() == 1) {
                sb.insert(1, '.');
            }
        }
        return sb.toString();
    }

    /** Sign and prefix, grouped integer digits, fraction/exponent, then padding per the spec. */
    static String assembleNumber(String signAndPrefix, String intDigits, String rest, FormatSpec spec, int groupSize) {
        char grouping = spec.grouping();
        boolean zeroPad = spec.align() == '=' && spec.fillOr(' ') == '0' && spec.width() > 0;
        String digits = intDigits;
        if (grouping != FormatSpec.NONE) {
            if (zeroPad) {
                while (signAndPrefix.length() + group(digits, grouping, groupSize).length() + rest.length() < spec.width()) {
                    digits = "0" + digits;
                }
            }
            digits = group(digits, grouping, groupSize);
        }
        return pad(digits + rest, signAndPrefix, spec, '>');
    }

    private static String group(String digits, char separator, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Pads {@code sign + body} to the spec's width with its fill and alignment. */
    static String pad(String body, String sign, FormatSpec spec, char defaultAlign) {
        int length = StrOps.length(body) + sign.length();
        int width = spec.width();
        if (width <= length) {
            return sign + body;
        }
        char align = spec.align() == FormatSpec.NONE ? defaultAlign : spec.align();
        String fill = String.valueOf(spec.fillOr(' '));
        int padding = width - length;
        switch (align) {
            case '<':
                return sign + body + fill.repeat(padding);
            case '^':
                return fill.repeat(padding / 2) + sign + body + fill.repeat(padding - padding / 2);
            case '=':
                return sign + fill.repeat(padding) + body;
            default:
                return fill.repeat(padding) + sign + body;
        }
    }
}
