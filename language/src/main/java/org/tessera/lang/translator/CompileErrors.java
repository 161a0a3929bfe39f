package org.tessera.lang.translator;

import org.tessera.lang.parser.LineMap;
import org.tessera.lang.parser.ParseError;

/** SyntaxErrors found after parsing (by scope analysis and translation), placed like CPython's. */
final class CompileErrors {
    private final LineMap lines;

    CompileErrors(String source) {
        this.lines = new LineMap(source);
    }

    ParseError at(int start, int end, String message) {
        int line = lines.lineNumber(start);
        int endLine = lines.lineNumber(Math.max(start, end));
        String text = lines.text().substring(lines.lineStart(line), lines.lineEnd(line));
        return new ParseError(ParseError.Kind.SyntaxError, message, line, lines.codePointColumn(start) + 1, endLine, lines.codePointColumn(Math.max(start, end)) + 1,
                        text, false);
    }
}
