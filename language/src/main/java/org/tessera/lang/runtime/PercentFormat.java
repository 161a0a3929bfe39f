package org.tessera.lang.runtime;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** printf-style formatting: {@code "%5.2f %s" % (x, y)}, as CPython's {@code str.__mod__}. */
public final class PercentFormat {
    private final String format;
    private final Object[] args;
    private final Object mapping;
    private int argIndex;

    private PercentFormat(String format, Object[] args, Object mapping) {
        this.format = format;
        this.args = args;
        this.mapping = mapping;
    }

    @TruffleBoundary
    public static String format(String format, Object values) {
        Object[] args;
        Object mapping = null;
        if (values instanceof PyTuple t) {
            args = t.getItems();
        } else {
            args = new Object[]{values};
            if (values instanceof PyDict || (values instanceof PyObject && PyObjects.typeOf(values).lookup("__getitem__") != null)) {
                mapping = values;
            }
        }
        PercentFormat f = new PercentFormat(format, args, mapping);
        String result = f.run();
        if (f.argIndex < args.length && mapping == null) {
            throw PyErrors.typeError(null, "not all arguments converted during string formatting");
        }
        return result;
    }

    private Object nextArg() {
        if (argIndex >= args.length) {
            throw PyErrors.typeError(null, "not enough arguments for format string");
        }
        return args[argIndex++];
    }

    private String run() {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErrors.valueError(null, "incomplete format");
            }
            Object keyed = null;
            if (format.charAt(i) == '(') {
                if (mapping == null) {
                    throw PyErrors.typeError(null, "format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    if (format.charAt(i) == '(') {
                        depth++;
                    } else if (format.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErrors.valueError(null, "incomplete format key");
                }
                String key = format.substring(keyStart, i - 1);
                keyed = lookup(key);
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alternate = false;
            boolean zero = false;
            flags: while (i < n) {
                switch (format.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alternate = true;
                    case '0' -> zero = true;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            int width = -1;
            if (i < n && format.charAt(i) == '*') {
                width = (int) Numbers.asIndex(nextArg());
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(format.substring(start, i));
                }
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    precision = (int) Numbers.asIndex(nextArg());
                    i++;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    precision = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
                }
            }
            while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErrors.valueError(null, "incomplete format");
            }
            char type = format.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            Object arg = keyed != null ? keyed : nextArg();
            String sign = "";
            String body;
            boolean numeric = true;
            switch (type) {
                case 'd', 'i', 'u' -> {
                    BigInteger v = integerArg(arg, type, true);
                    body = v.abs().toString();
                    sign = v.signum() < 0 ? "-" : "";
                    if (precision >= 0 && body.length() < precision) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                }
                case 'o', 'x', 'X' -> {
                    BigInteger v = integerArg(arg, type, false);
                    body = v.abs().toString(type == 'o' ? 8 : 16);
                    if (type == 'X') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    if (precision >= 0 && body.length() < precision) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                    if (alternate) {
                        body = (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") + body;
                    }
                    sign = v.signum() < 0 ? "-" : "";
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    double v = floatArg(arg, type);
                    boolean negative = v < 0 || (v == 0 && 1 / v < 0);
                    FormatSpec spec = new FormatSpec(FormatSpec.NONE, FormatSpec.NONE, FormatSpec.NONE, false, alternate, -1, FormatSpec.NONE,
                                    precision < 0 ? 6 : precision, type);
                    body = Formatter.floatBody(Math.abs(v), spec, type);
                    sign = negative && !Double.isNaN(v) ? "-" : "";
                }
                case 'c' -> {
                    numeric = false;
                    if (arg instanceof String s && StrOps.length(s) == 1) {
                        body = s;
                    } else if (Numbers.isInt(arg)) {
                        long cp = Numbers.asIndex(arg);
                        if (cp < 0 || cp > 0x10ffff) {
                            throw PyErrors.overflowError(null, "%%c arg not in range(0x110000)");
                        }
                        body = new String(Character.toChars((int) cp));
                    } else {
                        throw PyErrors.typeError(null, "%%c requires int or char");
                    }
                }
                case 's', 'r', 'a' -> {
                    numeric = false;
                    body = type == 's' ? PyObjects.str(arg) : type == 'r' ? PyObjects.repr(arg) : StrOps.ascii(PyObjects.repr(arg));
                    if (precision >= 0 && StrOps.length(body) > precision) {
                        body = StrOps.substring(body, 0, precision);
                    }
                }
                default -> throw PyErrors.valueError(null, "unsupported format character '%c' (0x%x) at index %d", type, (int) type, i - 1);
            }
            if (numeric && sign.isEmpty()) {
                sign = plus ? "+" : space ? " " : "";
            }
            int length = StrOps.length(body) + sign.length();
            if (width > length) {
                int padding = width - length;
                if (left) {
                    out.append(sign).append(body).append(" ".repeat(padding));
                } else if (zero && numeric) {
                    String prefix = "";
                    if (alternate && (type == 'x' || type == 'X' || type == 'o') && body.length() >= 2) {
                        prefix = body.substring(0, 2);
                        body = body.substring(2);
                    }
                    out.append(sign).append(prefix).append("0".repeat(padding)).append(body);
                } else {
                    out.append(" ".repeat(padding)).append(sign).append(body);
                }
            } else {
                out.append(sign).append(body);
            }
        }
        return out.toString();
    }

    private Object lookup(String key) {
        if (mapping instanceof PyDict dict) {
            Object v = dict.get(key);
            if (v == null) {
                throw PyErrors.keyError(null, key);
            }
            return v;
        }
        return CallSupport.callSpecial(mapping, "__getitem__", key);
    }

    private static BigInteger integerArg(Object arg, char type, boolean acceptFloat) {
        if (Numbers.isInt(arg)) {
            return IntOps.big(arg);
        }
        if (arg instanceof Double d) {
            if (acceptFloat) {
                return IntOps.big(FloatOps.toInt(d));
            }
            throw PyErrors.typeError(null, "%%%c format: an integer is required, not float", type);
        }
        if (acceptFloat) {
            throw PyErrors.typeError(null, "%%%c format: a real number is required, not %s", type, PyErrors.typeName(arg));
        }
        throw PyErrors.typeError(null, "%%%c format: an integer is required, not %s", type, PyErrors.typeName(arg));
    }

    private static double floatArg(Object arg, char type) {
        Double d = Numbers.asDoubleOrNull(arg);
        if (d == null) {
            throw PyErrors.typeError(null, "must be real number, not %s", PyErrors.typeName(arg));
        }
        return d;
    }
}
