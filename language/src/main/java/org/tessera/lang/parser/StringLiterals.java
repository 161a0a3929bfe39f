package org.tessera.lang.parser;

import java.io.ByteArrayOutputStream;

/**
 * Decoding of string and bytes literal bodies: escape sequences as CPython's
 * {@code unicode_escape} and {@code _PyBytes_DecodeEscape} codecs process them, including their
 * error messages and the byte positions those messages quote.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** A malformed escape sequence; the message is CPython's, without the "(unicode error) " prefix. */
    static final class EscapeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EscapeError(String message) {
            super(message, null, false, false);
        }
    }

    /** The prefix and body of one string token. */
    record Literal(boolean bytes, boolean raw, boolean formatted, int bodyStart, int bodyEnd) {
    }

    /** Splits the token text {@code text[start, end)} into prefix flags and body offsets. */
    static Literal parse(String text, int start, int end) {
        boolean bytes = false;
        boolean raw = false;
        boolean formatted = false;
        int i = start;
        while (true) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                formatted = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
            i++;
        }
        char quote = text.charAt(i);
        int quoteSize = end - i >= 6 && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote ? 3 : 1;
        return new Literal(bytes, raw, formatted, i + quoteSize, end - quoteSize);
    }

    /** {@code text} with its line breaks as Python sees them: CR LF and CR become LF. */
    static String normalizeLineBreaks(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Decodes the escape sequences of a str literal body (already with normalised line breaks). */
    static String decodeString(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        // Positions in error messages count bytes of the text CPython decodes, in which each
        // non-ASCII character has been rewritten as a 10-byte \\UXXXXXXXX escape.
        int bytePos = 0;
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                out.appendCodePoint(cp);
                bytePos += cp < 0x80 ? 1 : 10;
                i += Character.charCount(cp);
                continue;
            }
            int escapeStart = bytePos;
            if (i + 1 >= n || body.charAt(i + 1) >= 0x80) {
                // CPython rewrites such a backslash as \u005c: it stands for itself.
                out.append('\\');
                bytePos += 6;
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            bytePos += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + body.charAt(i++) - '0';
                        bytePos++;
                    }
                    out.appendCodePoint(value);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    long value = 0;
                    for (int k = 0; k < digits; k++) {
                        int digit = i < n ? Character.digit(body.charAt(i), 16) : -1;
                        if (digit < 0 || body.charAt(i) >= 0x80) {
                            throw unicodeError(escapeStart, bytePos, "truncated " + what + " escape");
                        }
                        value = value * 16 + digit;
                        i++;
                        bytePos++;
                    }
                    if (value > Character.MAX_CODE_POINT) {
                        throw unicodeError(escapeStart, bytePos, "illegal Unicode character");
                    }
                    out.appendCodePoint((int) value);
                }
                case 'N' -> {
                    if (i >= n || body.charAt(i) != '{') {
                        throw unicodeError(escapeStart, bytePos, "malformed \\N character escape");
                    }
                    int close = body.indexOf('}', i + 1);
                    if (close < 0) {
                        throw unicodeError(escapeStart, bytePos + transformedLength(body, i, n), "malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int nameBytes = transformedLength(body, i, close);
                    if (name.isEmpty()) {
                        throw unicodeError(escapeStart, bytePos + nameBytes, "malformed \\N character escape");
                    }
                    bytePos += nameBytes + 1;
                    i = close + 1;
                    out.appendCodePoint(lookupCharacterName(name, escapeStart, bytePos));
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static int lookupCharacterName(String name, int errorStart, int errorEnd) {
        try {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) >= 0x80) {
                    throw new IllegalArgumentException(name);
                }
            }
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw unicodeError(errorStart, errorEnd, "unknown Unicode character name");
        }
    }

    /** Bytes that {@code body[from, to)} occupies in the text CPython decodes. */
    private static int transformedLength(String body, int from, int to) {
        int length = 0;
        for (int i = from; i < to;) {
            int cp = body.codePointAt(i);
            length += cp < 0x80 ? 1 : 10;
            i += Character.charCount(cp);
        }
        return length;
    }

    private static EscapeError unicodeError(int start, int end, String reason) {
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason);
    }

    /** Decodes a bytes literal body, which contains only ASCII characters. */
    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            int escapeStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 't' -> out.write(9);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + body.charAt(i++) - '0';
                    }
                    out.write(value & 0xFF);
                }
                case 'x' -> {
                    int high = i + 1 < n ? Character.digit(body.charAt(i), 16) : -1;
                    int low = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (high < 0 || low < 0) {
                        throw new EscapeError("(value error) invalid \\x escape at position " + escapeStart);
                    }
                    out.write(high * 16 + low);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
