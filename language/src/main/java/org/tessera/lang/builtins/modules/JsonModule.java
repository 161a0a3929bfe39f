package org.tessera.lang.builtins.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.FloatOps;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.StrOps;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code _json}: the fast paths of the bundled {@code json} package, in Java as CPython's are in C
 * ({@code Modules/_json.c}). Each handles the common case completely and otherwise answers
 * {@code None}, and the Python code then does the whole job itself: so every error message,
 * every call of a user's {@code default} or hook, and every subclass of a built-in container
 * keeps the exact behaviour of the Python implementation, which the differential tests check.
 * The one error raised here is CPython's RecursionError for JSON nested deeper than the
 * recursion limit allows, with the C code's message.
 *
 * <ul>
 * <li>{@code encode(obj, indent, key_separator, item_separator, sort_keys, skipkeys,
 * ensure_ascii, allow_nan)}: the text of {@code obj} when it is made only of the exact built-in
 * types JSON knows, without cycles, NaN when not allowed, or keys that need skipping or sorting
 * across types;</li>
 * <li>{@code scan(string, idx, strict)}: {@code (value, end)} for a well-formed JSON value at
 * {@code idx} decoded with the default hooks.</li>
 * </ul>
 */
public final class JsonModule {
    private JsonModule() {
    }

    @Builtin(name = "encode", params = {"obj", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "ensure_ascii", "allow_nan", "/"})
    @GenerateNodeFactory
    public abstract static class EncodeNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object encode(Object obj, Object indent, Object keySeparator, Object itemSeparator, Object sortKeys, Object skipKeys, Object ensureAscii, Object allowNan) {
            if (!(keySeparator instanceof String ks) || !(itemSeparator instanceof String is) || !(indent == PyNone.NONE || indent instanceof String)) {
                return PyNone.NONE;
            }
            Encoder encoder = new Encoder(indent instanceof String s ? s : null, ks, is, sortKeys == Boolean.TRUE, skipKeys == Boolean.TRUE, ensureAscii == Boolean.TRUE,
                            allowNan == Boolean.TRUE, room(this));
            return encoder.value(obj, 0) ? encoder.out.toString() : PyNone.NONE;
        }
    }

    @Builtin(name = "scan", params = {"string", "idx", "strict", "/"})
    @GenerateNodeFactory
    public abstract static class ScanNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object scan(Object string, Object idx, Object strict) {
            if (!(string instanceof String s) || !(idx instanceof Long || idx instanceof Integer)) {
                return PyNone.NONE;
            }
            long index = ((Number) idx).longValue();
            boolean surrogates = StrOps.hasSurrogates(s);
            if (index < 0 || index > (surrogates ? s.codePointCount(0, s.length()) : s.length())) {
                return PyNone.NONE;
            }
            int start = surrogates ? s.offsetByCodePoints(0, (int) index) : (int) index;
            Scanner scanner = new Scanner(s, strict == Boolean.TRUE, room(this));
            try {
                Object value = scanner.value(start, 0);
                long end = surrogates ? s.codePointCount(0, scanner.pos) : scanner.pos;
                return PyTuple.of(value, end);
            } catch (Malformed e) {
                return PyNone.NONE;
            }
        }
    }

    /**
     * How deep JSON may nest here: CPython's encoder and scanner count each level as a recursive
     * call against the recursion limit, so the limit less the current depth of Python calls.
     */
    static int room(com.oracle.truffle.api.nodes.Node node) {
        org.tessera.lang.TesseraContext context = org.tessera.lang.TesseraContext.get(node);
        return context.getRecursionLimit() - context.getDepth();
    }

    /** Writes JSON text; every method answers false where the Python code must take over. */
    private static final class Encoder {
        final StringBuilder out = new StringBuilder();
        final String indent;
        final String keySeparator;
        final String itemSeparator;
        final boolean sortKeys;
        final boolean skipKeys;
        final boolean ensureAscii;
        final boolean allowNan;
        final IdentityHashMap<Object, Boolean> open = new IdentityHashMap<>();
        final int maxDepth;

        Encoder(String indent, String keySeparator, String itemSeparator, boolean sortKeys, boolean skipKeys, boolean ensureAscii, boolean allowNan, int maxDepth) {
            this.maxDepth = maxDepth;
            this.indent = indent;
            this.keySeparator = keySeparator;
            this.itemSeparator = itemSeparator;
            this.sortKeys = sortKeys;
            this.skipKeys = skipKeys;
            this.ensureAscii = ensureAscii;
            this.allowNan = allowNan;
        }

        boolean value(Object o, int depth) {
            if (o instanceof String s) {
                string(s);
                return true;
            } else if (o instanceof PyList list && list.isExact()) {
                return array(list, list.getItems(), list.size(), depth);
            } else if (o instanceof PyTuple tuple && tuple.isExact()) {
                return array(tuple, tuple.getItems(), tuple.size(), depth);
            } else if (o instanceof PyDict dict && dict.isExact()) {
                return object(dict, depth);
            }
            String text = scalar(o);
            if (text == null) {
                return false;
            }
            out.append(text);
            return true;
        }

        /** False at a cycle; RecursionError, in CPython's words, where CPython runs out of depth. */
        private boolean enter(Object container, int depth) {
            if (open.put(container, Boolean.TRUE) != null) {
                return false;
            }
            if (depth >= maxDepth) {
                // with indent CPython runs its Python encoder, which fails in a call
                throw PyErrors.raise(null, ErrorType.RecursionError, "maximum recursion depth exceeded " + (indent == null ? "while encoding a JSON object" : "while calling a Python object"));
            }
            return true;
        }

        private void newline(int level) {
            out.append('\n');
            for (int i = 0; i < level; i++) {
                out.append(indent);
            }
        }

        boolean array(Object container, Object[] items, int size, int depth) {
            if (size == 0) {
                out.append("[]");
                return true;
            }
            if (!enter(container, depth)) {
                return false;
            }
            out.append('[');
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(itemSeparator);
                }
                if (indent != null) {
                    newline(depth + 1);
                }
                if (!value(items[i], depth + 1)) {
                    return false;
                }
            }
            if (indent != null) {
                newline(depth);
            }
            out.append(']');
            open.remove(container);
            return true;
        }

        boolean object(PyDict dict, int depth) {
            if (dict.size() == 0) {
                out.append("{}");
                return true;
            }
            if (!enter(dict, depth)) {
                return false;
            }
            int limit = dict.entryLimit();
            ArrayList<Object[]> entries = new ArrayList<>(dict.size());
            for (int i = 0; i < limit; i++) {
                Object key = dict.keyAt(i);
                if (key != null) {
                    entries.add(new Object[]{key, dict.valueAt(i)});
                }
            }
            if (sortKeys) {
                for (Object[] entry : entries) {
                    if (!(entry[0] instanceof String)) {
                        return false; // mixed or non-string keys: Python sorts them, or raises
                    }
                }
                entries.sort((a, b) -> StrOps.compare((String) a[0], (String) b[0])); // stable, by code point
            }
            out.append('{');
            boolean first = true;
            for (Object[] entry : entries) {
                String key = entry[0] instanceof String k ? k : scalar(entry[0]);
                if (key == null) {
                    if (skipKeys && !(entry[0] instanceof Double)) {
                        continue;
                    }
                    return false;
                }
                if (!first) {
                    out.append(itemSeparator);
                }
                first = false;
                if (indent != null) {
                    newline(depth + 1);
                }
                string(key);
                out.append(keySeparator);
                if (!value(entry[1], depth + 1)) {
                    return false;
                }
            }
            if (indent != null) {
                newline(depth);
            }
            out.append('}');
            open.remove(dict);
            return true;
        }

        /**
         * The text of None, a bool, an int or a float, as a value and as a key (which JSON makes a
         * string of it); null for anything else, and for NaN and infinities when not allowed.
         */
        private String scalar(Object o) {
            if (o == PyNone.NONE) {
                return "null";
            } else if (o instanceof Boolean b) {
                return b ? "true" : "false";
            } else if (o instanceof Long || o instanceof Integer) {
                return Long.toString(((Number) o).longValue());
            } else if (o instanceof PyBigInt big) {
                return big.getValue().toString();
            } else if (o instanceof Double d) {
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return allowNan ? (Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity") : null;
                }
                return FloatOps.repr(d);
            }
            return null;
        }

        void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                            out.append("\\u");
                            String hex = Integer.toHexString(c);
                            for (int pad = hex.length(); pad < 4; pad++) {
                                out.append('0');
                            }
                            out.append(hex);
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    /** Thrown where the Python scanner would raise: it then scans again, to raise its own error. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Malformed INSTANCE = new Malformed();

        private Malformed() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent JSON reader over char offsets, as the default-hook decoder reads. */
    private static final class Scanner {
        final String s;
        final boolean strict;
        final int maxDepth;
        int pos;

        Scanner(String s, boolean strict, int maxDepth) {
            this.s = s;
            this.strict = strict;
            this.maxDepth = maxDepth;
        }

        private void enter(int depth, String what) {
            if (depth >= maxDepth) {
                throw PyErrors.raise(null, ErrorType.RecursionError, "maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string");
            }
        }

        private static Malformed malformed() {
            return Malformed.INSTANCE;
        }

        private void skipWhitespace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        Object value(int at, int depth) {
            pos = at;
            if (pos >= s.length()) {
                throw malformed();
            }
            char c = s.charAt(pos);
            switch (c) {
                case '"':
                    pos++;
                    return string();
                case '{':
                    enter(depth, "object");
                    pos++;
                    return object(depth);
                case '[':
                    enter(depth, "array");
                    pos++;
                    return array(depth);
                case 'n':
                    return literal("null", PyNone.NONE);
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'N':
                    return literal("NaN", Double.NaN);
                case 'I':
                    return literal("Infinity", Double.POSITIVE_INFINITY);
                case '-':
                    if (s.startsWith("-Infinity", pos)) {
                        pos += 9;
                        return Double.NEGATIVE_INFINITY;
                    }
                    return number();
                default:
                    return number();
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw malformed();
            }
            pos += word.length();
            return value;
        }

        private boolean digitAt(int i) {
            return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }

        /** As the Python scanner's match_number: an int, or a float with a fraction or exponent. */
        private Object number() {
            int start = pos;
            int n = s.length();
            int i = pos;
            if (s.charAt(i) == '-') {
                i++;
                if (i >= n) {
                    throw malformed();
                }
            }
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                i++;
                while (digitAt(i)) {
                    i++;
                }
            } else if (c == '0') {
                i++;
            } else {
                throw malformed();
            }
            boolean isFloat = false;
            if (i < n - 1 && s.charAt(i) == '.' && digitAt(i + 1)) {
                isFloat = true;
                i += 2;
                while (digitAt(i)) {
                    i++;
                }
            }
            if (i < n - 1 && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int eStart = i;
                i++;
                if (i < n - 1 && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                    i++;
                }
                while (digitAt(i)) {
                    i++;
                }
                if (s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
                    isFloat = true;
                } else {
                    i = eStart;
                }
            }
            pos = i;
            String text = s.substring(start, i);
            if (isFloat) {
                return Double.parseDouble(text);
            }
            if (i - start <= 18) {
                return Long.parseLong(text);
            }
            return PyBigInt.normalize(new BigInteger(text));
        }

        /** After the opening quote. */
        private String string() {
            int n = s.length();
            int i = pos;
            StringBuilder sb = null;
            int chunk = i;
            while (true) {
                if (i >= n) {
                    throw malformed();
                }
                char c = s.charAt(i);
                if (c == '"') {
                    String result = sb == null ? s.substring(chunk, i) : sb.append(s, chunk, i).toString();
                    pos = i + 1;
                    return result;
                } else if (c == '\\') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(s, chunk, i);
                    i++;
                    if (i >= n) {
                        throw malformed();
                    }
                    char e = s.charAt(i);
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            int u = hex4(i + 1);
                            i += 4;
                            if (u >= 0xd800 && u <= 0xdbff && i + 2 < n && s.charAt(i + 1) == '\\' && s.charAt(i + 2) == 'u') {
                                int low = hex4(i + 3);
                                if (low >= 0xdc00 && low <= 0xdfff) {
                                    sb.appendCodePoint(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
                                    i += 6;
                                    break;
                                }
                            }
                            if (u >= 0xd800 && u <= 0xdfff) {
                                throw malformed(); // a lone surrogate: the Python scanner's business
                            }
                            sb.append((char) u);
                        }
                        default -> throw malformed();
                    }
                    i++;
                    chunk = i;
                } else {
                    if (c < 0x20 && strict) {
                        throw malformed();
                    }
                    i++;
                }
            }
        }

        private int hex4(int at) {
            if (at + 4 > s.length()) {
                throw malformed();
            }
            int v = 0;
            for (int k = at; k < at + 4; k++) {
                int d = Character.digit(s.charAt(k), 16);
                if (d < 0 || s.charAt(k) > 'f') {
                    throw malformed();
                }
                v = v * 16 + d;
            }
            return v;
        }

        /** After '['. */
        private PyList array(int depth) {
            PyList list = new PyList();
            skipWhitespace();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.append(value(pos, depth + 1));
                skipWhitespace();
                if (pos >= s.length()) {
                    throw malformed();
                }
                char c = s.charAt(pos++);
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw malformed();
                }
                skipWhitespace();
            }
        }

        /** After '{'. */
        private PyDict object(int depth) {
            PyDict dict = new PyDict();
            skipWhitespace();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return dict;
            }
            while (true) {
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw malformed();
                }
                pos++;
                String key = string();
                skipWhitespace();
                if (pos >= s.length() || s.charAt(pos) != ':') {
                    throw malformed();
                }
                pos++;
                skipWhitespace();
                dict.put(key, value(pos, depth + 1));
                skipWhitespace();
                if (pos >= s.length()) {
                    throw malformed();
                }
                char c = s.charAt(pos++);
                if (c == '}') {
                    return dict;
                }
                if (c != ',') {
                    throw malformed();
                }
                skipWhitespace();
            }
        }
    }
}
