package org.tessera.lang.parser;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.tessera.lang.parser.ast.Singleton;

/** Python's {@code repr} of the values a {@code Constant} can hold, and the printability test behind it. */
public final class PythonRepr {
    private PythonRepr() {
    }

    /** The repr of a Constant's value. */
    public static String constant(Object value) {
        return switch (value) {
            case String s -> string(s);
            case byte[] b -> bytes(b);
            case Double d -> floating(d);
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case BigInteger i -> i.toString();
            case Singleton s -> s.name();
            default -> throw new IllegalArgumentException("not a constant: " + value);
        };
    }

    /** {@code repr(str)}: single quotes unless only double quotes avoid escaping. */
    public static String string(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code repr(bytes)}. */
    public static String bytes(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * {@code repr(float)}: the shortest digits that read back as the same double (which is
     * what Java's {@code Double.toString} produces), laid out as Python does: positional
     * notation for exponents from -4 to 15, otherwise scientific with a two-digit exponent.
     */
    public static String floating(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String java = Double.toString(Math.abs(d));
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        // The value is 0.<digits> * 10^pointPosition.
        int pointPosition = dot + exponent;
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
            pointPosition--;
        }
        int last = digits.length();
        while (last > first + 1 && digits.charAt(last - 1) == '0') {
            last--;
        }
        digits = digits.substring(first, last);
        String sign = Math.copySign(1.0, d) < 0 ? "-" : "";
        if (digits.equals("0")) {
            return sign + "0.0";
        }
        if (digits.length() == 2) {
            // Java prints two digits where one would do (4.9E-324); Python prints the shortest.
            BigDecimal oneDigit = new BigDecimal(Math.abs(d)).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(oneDigit.toString()) == Math.abs(d)) {
                digits = oneDigit.unscaledValue().toString();
                pointPosition = 1 - oneDigit.scale();
            }
        }
        if (pointPosition > -4 && pointPosition <= 16) {
            if (pointPosition <= 0) {
                return sign + "0." + "0".repeat(-pointPosition) + digits;
            }
            if (pointPosition >= digits.length()) {
                return sign + digits + "0".repeat(pointPosition - digits.length()) + ".0";
            }
            return sign + digits.substring(0, pointPosition) + "." + digits.substring(pointPosition);
        }
        int scientific = pointPosition - 1;
        String fraction = digits.length() > 1 ? "." + digits.substring(1) : "";
        return sign + digits.charAt(0) + fraction + "e" + (scientific < 0 ? "-" : "+") + String.format("%02d", Math.abs(scientific));
    }
}
