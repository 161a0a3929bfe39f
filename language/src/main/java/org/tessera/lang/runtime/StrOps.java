package org.tessera.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code str} semantics on Java strings. Python indexes strings by code point and Java by
 * UTF-16 unit; they agree unless the string holds a supplementary character (a surrogate pair),
 * so the common case stays O(1) and only such strings pay for offset translation.
 */
public final class StrOps {
    private StrOps() {
    }

    /** True if {@code s} contains a surrogate pair, i.e. code point and char indices differ. */
    public static boolean hasSurrogates(String s) {
        if (s.length() < MEMO_MIN_LENGTH) {
            return scanSurrogates(s);
        }
        int slot = System.identityHashCode(s) & (MEMO.length - 1);
        SurrogateMemo memo = MEMO[slot];
        if (memo != null && memo.string == s) {
            return memo.surrogates;
        }
        boolean surrogates = scanSurrogates(s);
        MEMO[slot] = new SurrogateMemo(s, surrogates);
        return surrogates;
    }

    /**
     * Whether some code point takes two chars. The JDK answers in O(1) for strings it stores one
     * byte per char (all of Latin-1, most text), and scans the others without allocating.
     */
    private static boolean scanSurrogates(String s) {
        return s.codePointCount(0, s.length()) != s.length();
    }

    /**
     * Whether a long string has surrogate pairs (code points beyond U+FFFF), remembered for the
     * strings asked about last: a loop that indexes or slices one long string by code point then
     * pays for the scan once, not at every step.
     */
    private record SurrogateMemo(String string, boolean surrogates) {
    }

    private static final int MEMO_MIN_LENGTH = 64;
    private static final SurrogateMemo[] MEMO = new SurrogateMemo[32];

    /** {@code len(s)}. */
    @TruffleBoundary
    public static int length(String s) {
        return hasSurrogates(s) ? s.codePointCount(0, s.length()) : s.length();
    }

    /** The char offset of code point index {@code cpIndex} (0 <= cpIndex <= len). */
    @TruffleBoundary
    public static int offsetOf(String s, int cpIndex) {
        return s.offsetByCodePoints(0, cpIndex);
    }

    /** The one-character string at code point index {@code i} (already normalized and in range). */
    @TruffleBoundary
    public static String charAt(String s, int i, boolean surrogates) {
        if (!surrogates) {
            return String.valueOf(s.charAt(i));
        }
        int offset = s.offsetByCodePoints(0, i);
        return new String(Character.toChars(s.codePointAt(offset)));
    }

    /** The substring between code point indices. */
    @TruffleBoundary
    public static String substring(String s, int start, int end) {
        if (!hasSurrogates(s)) {
            return s.substring(start, end);
        }
        int from = s.offsetByCodePoints(0, start);
        int to = s.offsetByCodePoints(from, end - start);
        return s.substring(from, to);
    }

    /** The code points of {@code s}. */
    @TruffleBoundary
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    /** Python's ordering of strings: by code point, which differs from UTF-16 order for surrogates. */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    /** {@code repr(s)}, with CPython's choice of quotes and escapes. */
    @TruffleBoundary
    public static String repr(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp >= 0x20 && cp < 0x7f) {
                sb.append((char) cp);
            } else if (cp < 0x7f || !isPrintable(cp)) {
                appendEscape(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** {@code ascii()}: a repr with every non-ASCII code point escaped. */
    @TruffleBoundary
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length();) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else {
                appendEscape(sb, cp);
            }
        }
        return sb.toString();
    }

    /** Appends {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN} for a code point. */
    public static void appendEscape(StringBuilder sb, int cp) {
        if (cp < 0x100) {
            sb.append("\\x").append(hex(cp, 2));
        } else if (cp < 0x10000) {
            sb.append("\\u").append(hex(cp, 4));
        } else {
            sb.append("\\U").append(hex(cp, 8));
        }
    }

    private static String hex(int value, int width) {
        String h = Integer.toHexString(value);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Python's definition of whitespace for {@code str.split()} and {@code str.strip()}. */
    public static boolean isSpace(int cp) {
        switch (cp) {
            case ' ', '\t', '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
                return true;
            default:
                return cp > 0x7f && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
        }
    }

    /** {@code s * n}. */
    @TruffleBoundary
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (n > Long.MAX_VALUE / s.length()) {
            throw org.tessera.lang.runtime.exception.PyErrors.overflowError(null, "repeated string is too long");
        }
        if ((long) s.length() * n > Integer.MAX_VALUE - 8) {
            throw org.tessera.lang.runtime.exception.PyErrors.raise(null, org.tessera.lang.runtime.exception.ErrorType.MemoryError, null);
        }
        return s.repeat((int) n);
    }
}
