package org.tessera.lang.parser;

import java.util.Arrays;

/**
 * Line structure of a source text: converts character offsets into 1-based line numbers and
 * columns. Recognises the line breaks Python does ({@code \n}, {@code \r\n} and a lone {@code \r}).
 */
public final class LineMap {
    private final String text;
    /** Offset of the first character of each line; one more entry than there are line breaks. */
    private final int[] lineStarts;

    public LineMap(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    /** The 1-based line containing {@code offset}; offsets past the end belong to the last line. */
    public int lineNumber(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** Offset of the first character of the 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last character of {@code line}, excluding its line break. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The 0-based column of {@code offset} counted in code points, as CPython counts characters. */
    public int codePointColumn(int offset) {
        int start = lineStart(lineNumber(offset));
        return text.codePointCount(start, Math.min(offset, text.length()));
    }

    /** The 0-based column of {@code offset} counted in UTF-8 bytes, as CPython's {@code col_offset}. */
    public int utf8Column(int offset) {
        int start = lineStart(lineNumber(offset));
        int bytes = 0;
        for (int i = start; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The text of {@code line} without its line break. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }
}
