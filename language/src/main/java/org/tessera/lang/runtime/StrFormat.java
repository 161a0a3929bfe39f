package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code str.format(*args, **kwargs)}: replacement fields, conversions and nested specs. */
public final class StrFormat {
    private final Object[] args;
    private final PyDict kwargs;
    private int autoIndex;
    private boolean usedAuto;
    private boolean usedManual;

    private StrFormat(Object[] args, PyDict kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    @TruffleBoundary
    public static String format(String template, Object[] args, PyDict kwargs) {
        return new StrFormat(args, kwargs).render(template, 2);
    }

    private String render(String template, int depth) {
        if (depth < 0) {
            throw PyErrors.valueError(null, "Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int n = template.length();
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError(null, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int end = matchingBrace(template, i);
            out.append(field(template.substring(i + 1, end), depth));
            i = end + 1;
        }
        return out.toString();
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        int bracket = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (c == '{' && bracket == 0) {
                depth++;
            } else if (c == '}' && bracket == 0) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        if (open + 1 >= s.length() || depth > 0) {
            throw PyErrors.valueError(null, open + 1 >= s.length() ? "Single '{' encountered in format string" : "expected '}' before end of string");
        }
        throw PyErrors.valueError(null, "expected '}' before end of string");
    }

    private String field(String field, int depth) {
        int colon = -1;
        int bang = -1;
        int bracket = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
                bang = i;
            } else if (bracket == 0 && c == ':' && colon < 0) {
                colon = i;
                break;
            }
        }
        int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : field.length();
        String name = field.substring(0, nameEnd);
        Object value = resolve(name);
        if (bang >= 0) {
            int convEnd = colon >= 0 ? colon : field.length();
            String conversion = field.substring(bang + 1, convEnd);
            if (conversion.length() != 1) {
                throw PyErrors.valueError(null, conversion.isEmpty() ? "unmatched '{' in format spec" : "expected ':' after conversion specifier");
            }
            value = switch (conversion.charAt(0)) {
                case 'r' -> PyObjects.repr(value);
                case 's' -> PyObjects.str(value);
                case 'a' -> StrOps.ascii(PyObjects.repr(value));
                default -> throw PyErrors.valueError(null, "Unknown conversion specifier %s", conversion);
            };
        }
        String spec = colon >= 0 ? render(field.substring(colon + 1), depth - 1) : "";
        return Formatter.format(value, spec);
    }

    private Object resolve(String name) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object value;
        if (first.isEmpty()) {
            if (usedManual) {
                throw PyErrors.valueError(null, "cannot switch from manual field specification to automatic field numbering");
            }
            usedAuto = true;
            value = positional(autoIndex++);
        } else if (isDigits(first)) {
            if (usedAuto) {
                throw PyErrors.valueError(null, "cannot switch from automatic field numbering to manual field specification");
            }
            usedManual = true;
            value = positional(Integer.parseInt(first));
        } else {
            Object v = kwargs == null ? null : kwargs.get(first);
            if (v == null) {
                throw PyErrors.keyError(null, first);
            }
            value = v;
        }
        while (i < n) {
            char c = name.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                value = AttributeOps.getAttribute(value, name.substring(start, i));
            } else {
                int close = name.indexOf(']', i);
                if (close < 0) {
                    throw PyErrors.valueError(null, "Missing ']' in format string");
                }
                String key = name.substring(i + 1, close);
                Object k = isDigits(key) ? (Object) Long.parseLong(key) : key;
                value = Subscripts.getItem(value, k);
                i = close + 1;
            }
        }
        return value;
    }

    private Object positional(int index) {
        if (index >= args.length) {
            throw PyErrors.indexError(null, "Replacement index %d out of range for positional args tuple", index);
        }
        return args[index];
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
