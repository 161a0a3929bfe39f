package org.tessera.lang.parser;

import java.text.Normalizer;

import org.tessera.lang.parser.ParseError.Kind;

/**
 * Splits source text into tokens following CPython 3.11's tokenizer ({@code Parser/tokenizer.c}):
 * NEWLINE, INDENT and DEDENT from an indentation stack (tabs to the next multiple of 8, checked
 * against a one-column-per-tab count for TabError), implicit line joining inside brackets,
 * backslash continuation, and the extent of names, numbers, strings and operators. Its errors
 * carry CPython's messages and positions. Tokens are produced on demand, as CPython's parser
 * requests them, so a tokenizer error is reported only once the parser gets that far.
 */
final class Tokenizer {
    /** CPython's MAXINDENT: at most 99 nested indented blocks. */
    static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL: at most 200 open brackets. */
    static final int MAX_LEVEL = 200;
    private static final int TAB_SIZE = 8;
    private static final int EOF = -1;

    /** The text tokenized, always ending in a line break as CPython appends one. */
    private final String text;
    /** Length of the text before the appended line break. */
    private final int contentLength;
    /** Source offset of {@code text[0]}; nonzero for the expression of an f-string. */
    private final int base;
    /** Line number of the first line of {@code text}. */
    private final int firstLine;
    private final LineMap lines;
    /**
     * Whether this tokenizes a REPL entry, where, as in CPython's interactive tokenizer, an empty
     * line ends a compound statement and a first line with only a comment is a statement.
     */
    private final boolean interactive;

    private int pos;
    /**
     * Start of the last line begun between tokens: CPython's {@code tok->buf}, from which it
     * counts the column of a misplaced line continuation character. Lines begun within a
     * multi-line string or after a backslash do not move it.
     */
    private int bufferStart;
    private boolean atLineStart = true;
    /** INDENT (positive) or DEDENT (negative) tokens still to be returned. */
    private int pendingIndents;
    private final int[] indentColumns = new int[MAX_INDENT + 1];
    /** Indentation counting a tab as one column: must order lines the same way, or it is a TabError. */
    private final int[] altIndentColumns = new int[MAX_INDENT + 1];
    private int indentDepth;
    private final char[] openBrackets = new char[MAX_LEVEL];
    private final int[] openBracketOffsets = new int[MAX_LEVEL];
    private int level;
    /** Whether the last error was one CPython raises from its tokenizer directly (its {@code syntaxerror}). */
    private boolean lastErrorLexical;

    /** A tokenizer for a whole source file or eval input. */
    Tokenizer(String source) {
        this(source, false);
    }

    /** A tokenizer for a source file or eval input, or with {@code interactive} a REPL entry. */
    Tokenizer(String source, boolean interactive) {
        this(source, 0, 1, interactive);
    }

    /**
     * A tokenizer for {@code text}, which starts at source offset {@code base} on line
     * {@code firstLine}; used for the parenthesised expression of an f-string replacement field.
     */
    Tokenizer(String text, int base, int firstLine) {
        this(text, base, firstLine, false);
    }

    private Tokenizer(String text, int base, int firstLine, boolean interactive) {
        boolean endsInLineBreak = !text.isEmpty() && isLineBreak(text.charAt(text.length() - 1));
        this.text = endsInLineBreak ? text : text + "\n";
        this.contentLength = text.length();
        this.base = base;
        this.firstLine = firstLine;
        this.lines = new LineMap(this.text);
        this.interactive = interactive;
    }

    // ---------------------------------------------------------------- positions and errors

    /** The source offset of position {@code local} of the tokenized text. */
    private int global(int local) {
        return base + local;
    }

    /** The source text between offsets {@code start} and {@code end}. */
    String source(int start, int end) {
        return text.substring(start - base, end - base);
    }

    /** The line number of source offset {@code offset}. */
    int lineOf(int offset) {
        return firstLine - 1 + lines.lineNumber(offset - base);
    }

    /**
     * The 1-based column CPython reports for the character at source offset {@code offset}:
     * characters (code points) from the start of its line, which for the first line of an f-string
     * expression is the opening brace.
     */
    int columnOf(int offset) {
        return lines.codePointColumn(offset - base) + 1;
    }

    /** The text of the source line containing {@code offset}. */
    String lineTextOf(int offset) {
        return lines.lineText(lines.lineNumber(offset - base));
    }

    /** Source offset at which the end of input is reported, just past the last line's text. */
    int endOfInputOffset() {
        int lastLine = lines.lineNumber(Math.max(text.length() - 1, 0));
        return global(lines.lineEnd(lastLine));
    }

    /** Whether the line break that ends the text was added here, the source lacking one. */
    boolean addedLineBreak() {
        return text.length() > contentLength;
    }

    /** Whether there is no input at all. */
    boolean isEmpty() {
        return contentLength == 0;
    }

    /** Whether {@code offset} is the end of input (where the ENDMARKER and final DEDENTs are). */
    boolean isEndOfInput(int offset) {
        return offset - base >= contentLength;
    }

    /** An error with its caret on the character at source offset {@code start}. */
    ParseError error(Kind kind, String message, int start, int end, boolean incompleteInput) {
        return error(kind, message, lineOf(start), columnOf(start), lineOf(end), columnOf(end), lineTextOf(start), incompleteInput);
    }

    ParseError error(Kind kind, String message, int lineno, int offset, int endLineno, int endOffset, String lineText,
                    boolean incompleteInput) {
        return new ParseError(kind, message, lineno, offset, endLineno, endOffset, lineText, incompleteInput);
    }

    /** A SyntaxError about a malformed token, which takes precedence over the parser's errors. */
    private ParseError lexicalError(String message, int start, int end, boolean incompleteInput) {
        lastErrorLexical = true;
        return error(Kind.SyntaxError, message, global(start), global(end), incompleteInput);
    }

    private ParseError lexicalError(String message, int at) {
        return lexicalError(message, at, at, false);
    }

    /**
     * CPython's check after a parser error: tokenizes the rest of the input and returns the error
     * that replaces the parser's, if any: a malformed token, or a bracket left open since a line
     * before {@code errorLine}.
     */
    ParseError checkRemainingInput(int errorLine) {
        try {
            while (next().kind() != TokenKind.ENDMARKER) {
                continue;
            }
        } catch (ParseError e) {
            if (lastErrorLexical) {
                return e;
            }
            if (level > 0 && innermostOpenBracketLine() < errorLine) {
                return unclosedBracketError(false);
            }
        }
        return null;
    }

    /**
     * An error located at the end of the current line, as CPython reports errors detected after
     * the tokenizer has consumed the line ({@code tok->cur == tok->inp}).
     */
    private ParseError endOfLineError(Kind kind, String message, boolean incompleteInput) {
        int lineEnd = global(lines.lineEnd(lines.lineNumber(Math.min(pos, text.length() - 1))));
        return error(kind, message, lineEnd, lineEnd, incompleteInput);
    }

    private ParseError lineStartError(Kind kind, String message) {
        int lineStart = global(lines.lineStart(lines.lineNumber(pos)));
        return error(kind, message, lineStart, lineStart, false);
    }

    // ---------------------------------------------------------------- characters

    private int ch(int index) {
        return index < text.length() ? text.charAt(index) : EOF;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    /** Length of the line break at {@code index}: 2 for CR LF, 1 for LF or CR, 0 if none. */
    private int lineBreakLength(int index) {
        int c = ch(index);
        if (c == '\r') {
            return ch(index + 1) == '\n' ? 2 : 1;
        }
        return c == '\n' ? 1 : 0;
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRadixDigit(int c, int radix) {
        if (radix == 16) {
            return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return c >= '0' && c < '0' + radix;
    }

    // ---------------------------------------------------------------- tokens

    private Token token(TokenKind kind, int start, int end, Object value) {
        return new Token(kind, global(Math.min(start, contentLength)), global(Math.min(end, contentLength)), level, value);
    }

    /** The next token; after ENDMARKER, ENDMARKER again. */
    Token next() {
        boolean blankLine = false;
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                bufferStart = pos;
                blankLine = measureIndentation();
            }
            if (pendingIndents != 0) {
                TokenKind kind = pendingIndents > 0 ? TokenKind.INDENT : TokenKind.DEDENT;
                pendingIndents += pendingIndents > 0 ? -1 : 1;
                return token(kind, pos, pos, null);
            }
            int c = ch(pos);
            while (c == ' ' || c == '\t' || c == '\f') {
                c = ch(++pos);
            }
            int start = pos;
            if (c == '#') {
                while (c != EOF && !isLineBreak(c)) {
                    c = ch(++pos);
                }
            }
            if (c == EOF) {
                if (level > 0) {
                    throw unclosedBracketError(true);
                }
                return token(TokenKind.ENDMARKER, pos, pos, null);
            }
            if (isLineBreak(c)) {
                pos += lineBreakLength(pos);
                atLineStart = true;
                if (blankLine || level > 0) {
                    blankLine = false;
                    continue;
                }
                return token(TokenKind.NEWLINE, start, start, null);
            }
            if (c == '\\') {
                skipLineContinuation();
                continue;
            }
            return scanToken(start, c);
        }
    }

    /**
     * Measures the indentation of a new line and queues INDENT/DEDENT tokens. Returns whether the
     * line is blank (only whitespace and a comment), which leaves the indentation alone.
     */
    private boolean measureIndentation() {
        int column = 0;
        int altColumn = 0;
        // A backslash continuation within the indentation: the first one fixes the line's indentation.
        int continuationColumn = 0;
        while (true) {
            int c = ch(pos);
            if (c == ' ') {
                column++;
                altColumn++;
            } else if (c == '\t') {
                column = (column / TAB_SIZE + 1) * TAB_SIZE;
                altColumn++;
            } else if (c == '\f') {
                column = 0;
                altColumn = 0;
            } else if (c == '\\') {
                continuationColumn = continuationColumn != 0 ? continuationColumn : column;
                skipLineContinuation();
                bufferStart = pos;
                continue;
            } else {
                break;
            }
            pos++;
        }
        int c = ch(pos);
        if (c == '#' || isLineBreak(c)) {
            if (!interactive) {
                return true;
            }
            if (lines.lineNumber(pos) == 1) {
                column = 0;
                altColumn = 0;
            } else if (column != 0 || !isLineBreak(c)) {
                return true;
            }
        }
        if (level > 0) {
            return false;
        }
        if (continuationColumn != 0) {
            column = continuationColumn;
            altColumn = continuationColumn;
        }
        if (column == indentColumns[indentDepth]) {
            if (altColumn != altIndentColumns[indentDepth]) {
                throw tabError();
            }
        } else if (column > indentColumns[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw lineStartError(Kind.IndentationError, "too many levels of indentation");
            }
            if (altColumn <= altIndentColumns[indentDepth]) {
                throw tabError();
            }
            pendingIndents++;
            indentDepth++;
            indentColumns[indentDepth] = column;
            altIndentColumns[indentDepth] = altColumn;
        } else {
            while (indentDepth > 0 && column < indentColumns[indentDepth]) {
                pendingIndents--;
                indentDepth--;
            }
            if (column != indentColumns[indentDepth]) {
                throw endOfLineError(Kind.IndentationError, "unindent does not match any outer indentation level", false);
            }
            if (altColumn != altIndentColumns[indentDepth]) {
                throw tabError();
            }
        }
        return false;
    }

    private ParseError tabError() {
        return lineStartError(Kind.TabError, "inconsistent use of tabs and spaces in indentation");
    }

    /** Consumes a backslash that must be followed by a line break, and the line break. */
    private void skipLineContinuation() {
        int breakLength = lineBreakLength(pos + 1);
        if (breakLength == 0) {
            // The column counts from the buffer start, which may be on an earlier line.
            int line = lineOf(global(pos));
            int offset = text.codePointCount(bufferStart, pos + 2);
            throw error(Kind.SyntaxError, "unexpected character after line continuation character", line, offset, line, offset, lineTextOf(global(pos)), false);
        }
        pos += 1 + breakLength;
        if (ch(pos) == EOF) {
            throw level > 0 ? unclosedBracketError(true) : endOfLineError(Kind.SyntaxError, "unexpected EOF while parsing", true);
        }
    }

    private Token scanToken(int start, int c) {
        if (isPotentialIdentifierStart(c)) {
            return scanNameOrString(start);
        }
        if (isDigit(c) || (c == '.' && isDigit(ch(start + 1)))) {
            return scanNumber(start);
        }
        if (c == '\'' || c == '"') {
            return scanString(start, start);
        }
        if (c == '.') {
            if (ch(start + 1) == '.' && ch(start + 2) == '.') {
                pos = start + 3;
                return token(TokenKind.ELLIPSIS, start, pos, null);
            }
            pos = start + 1;
            return token(TokenKind.DOT, start, pos, null);
        }
        return scanOperator(start, c);
    }

    // ---------------------------------------------------------------- names

    private Token scanNameOrString(int start) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int p = start;
        while (true) {
            int c = ch(p);
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            p++;
            if (ch(p) == '\'' || ch(p) == '"') {
                return scanString(start, p);
            }
        }
        boolean nonAscii = false;
        p = start;
        while (isPotentialIdentifierChar(ch(p))) {
            nonAscii |= ch(p) >= 128;
            p++;
        }
        String name = text.substring(start, p);
        if (nonAscii) {
            name = verifiedIdentifier(name, start);
        }
        pos = p;
        return token(TokenKind.keywordOrName(name), start, p, name);
    }

    /** Checks a non-ASCII identifier as CPython's {@code verify_identifier} and NFKC-normalises it. */
    private String verifiedIdentifier(String name, int start) {
        for (int i = 0; i < name.length();) {
            int cp = name.codePointAt(i);
            boolean valid = i == 0 ? cp == '_' || Character.isUnicodeIdentifierStart(cp)
                            : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!valid) {
                throw lexicalError(invalidCharacterMessage(cp), start + i);
            }
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC);
    }

    private static String invalidCharacterMessage(int codePoint) {
        String hex = String.format("%04X", codePoint);
        if (PythonRepr.isPrintable(codePoint)) {
            return "invalid character '" + Character.toString(codePoint) + "' (U+" + hex + ")";
        }
        return "invalid non-printable character U+" + hex;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Scans a number literal exactly as CPython's {@code tok_get} does, with its error messages
     * and caret positions. The comments name CPython's labels.
     */
    private Token scanNumber(int start) {
        pos = start;
        int c = ch(pos++);
        NumberLiterals.Form form = NumberLiterals.Form.DECIMAL;
        if (c == '.') {
            c = fraction();
        } else if (c == '0') {
            c = ch(pos++);
            if (c == 'x' || c == 'X') {
                form = NumberLiterals.Form.HEXADECIMAL;
                c = radixDigits(16, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                form = NumberLiterals.Form.OCTAL;
                c = radixDigits(8, "octal");
            } else if (c == 'b' || c == 'B') {
                form = NumberLiterals.Form.BINARY;
                c = radixDigits(2, "binary");
            } else {
                c = zeroPrefixedDecimal(start, c);
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = ch(pos++);
                c = fraction(c);
            } else if (c == 'e' || c == 'E') {
                c = exponent(c);
            } else if (c == 'j' || c == 'J') {
                c = imaginary();
            } else {
                verifyEndOfNumber(c, "decimal");
            }
        }
        pos--; // give back the character after the number
        return numberToken(start, pos, form);
    }

    private Token numberToken(int start, int end, NumberLiterals.Form form) {
        return token(TokenKind.NUMBER, start, end, NumberLiterals.value(text, start, end, form));
    }

    /** After a leading '.', which is followed by a digit. */
    private int fraction() {
        return fraction(ch(pos++));
    }

    /** CPython's {@code fraction} label: {@code c} is the character after the '.'. */
    private int fraction(int c) {
        if (isDigit(c)) {
            pos--;
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    /** CPython's {@code exponent} label: {@code e} is the 'e' or 'E' just read. */
    private int exponent(int e) {
        int c = ch(pos++);
        if (c == '+' || c == '-') {
            c = ch(pos++);
            if (!isDigit(c)) {
                pos--;
                throw lexicalError("invalid decimal literal", pos - 1);
            }
        } else if (!isDigit(c)) {
            pos--;
            verifyEndOfNumber(e, "decimal");
            // Not an exponent after all: the number ends before the 'e', which starts a keyword.
            return e;
        }
        pos--;
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    /** CPython's {@code imaginary} label, after the 'j'. */
    private int imaginary() {
        int c = ch(pos++);
        verifyEndOfNumber(c, "imaginary");
        return c;
    }

    /** Digits with single underscores between them, starting at the current position. */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = ch(pos++);
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = ch(pos++);
            if (!isDigit(c)) {
                pos--;
                throw lexicalError("invalid decimal literal", pos - 1);
            }
        }
    }

    /** A literal starting with '0' that is not hexadecimal, octal or binary. */
    private int zeroPrefixedDecimal(int start, int c) {
        boolean nonZero = false;
        while (true) {
            if (c == '_') {
                c = ch(pos++);
                if (!isDigit(c)) {
                    pos--;
                    throw lexicalError("invalid decimal literal", pos - 1);
                }
            }
            if (c != '0') {
                break;
            }
            c = ch(pos++);
        }
        int zerosEnd = pos;
        if (isDigit(c)) {
            nonZero = true;
            pos--;
            c = decimalTail();
        }
        if (c == '.') {
            return fraction(ch(pos++));
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        if (nonZero) {
            throw lexicalError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start,
                            zerosEnd - 1, false);
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    /** Digits of a 0x, 0o or 0b literal, after the prefix. */
    private int radixDigits(int radix, String name) {
        int c = ch(pos++);
        do {
            if (c == '_') {
                c = ch(pos++);
            }
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw lexicalError("invalid digit '" + (char) c + "' in " + name + " literal", pos - 1);
                }
                pos--;
                throw lexicalError("invalid " + name + " literal", pos - 1);
            }
            do {
                c = ch(pos++);
            } while (isRadixDigit(c, radix));
        } while (c == '_');
        if (radix != 16 && isDigit(c)) {
            throw lexicalError("invalid digit '" + (char) c + "' in " + name + " literal", pos - 1);
        }
        verifyEndOfNumber(c, name);
        return c;
    }

    /**
     * CPython's {@code verify_end_of_number}: a number directly followed by an ASCII letter is an
     * error, unless the letters start a keyword that may follow a number ({@code 1if x else y}).
     * {@code c} has been read; the position is just after it.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean keywordFollows = switch (c) {
            case 'a' -> followedBy("nd");
            case 'e' -> followedBy("lse");
            case 'f' -> followedBy("or");
            case 'i' -> ch(pos) == 'f' || ch(pos) == 'n' || ch(pos) == 's';
            case 'o' -> followedBy("r");
            case 'n' -> followedBy("ot");
            default -> false;
        };
        if (!keywordFollows && c < 128 && isPotentialIdentifierChar(c)) {
            throw lexicalError("invalid " + kind + " literal", pos - 2);
        }
    }

    /** Whether the rest of a keyword, and then no more of an identifier, follows. */
    private boolean followedBy(String rest) {
        return text.startsWith(rest, pos) && !isPotentialIdentifierChar(ch(pos + rest.length()));
    }

    // ---------------------------------------------------------------- strings

    /**
     * Scans a string literal whose prefix starts at {@code start} and whose opening quote is at
     * {@code quoteAt}. Only the extent is determined here; the parser decodes it.
     */
    private Token scanString(int start, int quoteAt) {
        int quote = ch(quoteAt);
        int p = quoteAt + 1;
        int quoteSize = 1;
        int endQuoteSize = 0;
        if (ch(p) == quote) {
            if (ch(p + 1) == quote) {
                quoteSize = 3;
                p += 2;
            } else {
                endQuoteSize = 1;
                p++;
            }
        }
        while (endQuoteSize != quoteSize) {
            int c = ch(p);
            if (c == EOF || (quoteSize == 1 && isLineBreak(c))) {
                pos = p;
                throw unterminatedStringError(start, quoteSize, c == EOF);
            }
            p++;
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    p += Math.max(lineBreakLength(p), ch(p) == EOF ? 0 : 1);
                }
            }
        }
        pos = p;
        return token(TokenKind.STRING, start, p, null);
    }

    private ParseError unterminatedStringError(int start, int quoteSize, boolean atEndOfInput) {
        int detectedAt = firstLine - 1 + lines.lineNumber(Math.min(pos, text.length() - 1));
        String message = quoteSize == 3 ? "unterminated triple-quoted string literal (detected at line " + detectedAt + ")"
                        : "unterminated string literal (detected at line " + detectedAt + ")";
        return lexicalError(message, start, start, atEndOfInput);
    }

    // ---------------------------------------------------------------- operators and brackets

    private Token scanOperator(int start, int c) {
        TokenKind kind = Operators.threeChars(c, ch(start + 1), ch(start + 2));
        int length = 3;
        if (kind == null) {
            kind = Operators.twoChars(c, ch(start + 1));
            length = 2;
        }
        if (kind == null) {
            kind = Operators.oneChar(c);
            length = 1;
        }
        if (kind == null) {
            int codePoint = text.codePointAt(start);
            if (codePoint == 0) {
                throw lexicalError("source code cannot contain null bytes", start);
            }
            if (!PythonRepr.isPrintable(codePoint)) {
                throw lexicalError(invalidCharacterMessage(codePoint), start);
            }
            kind = TokenKind.OP;
        }
        pos = start + length;
        if (length == 1) {
            trackBrackets(start, c);
        }
        return token(kind, start, pos, null);
    }

    private void trackBrackets(int at, int c) {
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    throw lexicalError("too many nested parentheses", at);
                }
                openBrackets[level] = (char) c;
                openBracketOffsets[level] = at;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw lexicalError("unmatched '" + (char) c + "'", at);
                }
                level--;
                char opening = openBrackets[level];
                if (opening != matchingOpen(c)) {
                    int openingLine = lineOf(global(openBracketOffsets[level]));
                    String message = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'";
                    if (openingLine != lineOf(global(at))) {
                        message += " on line " + openingLine;
                    }
                    throw lexicalError(message, at);
                }
            }
            default -> {
            }
        }
    }

    private static char matchingOpen(int closing) {
        return switch (closing) {
            case ')' -> '(';
            case ']' -> '[';
            default -> '{';
        };
    }

    /** CPython's error for input that ends inside brackets, pointing at the innermost open one. */
    ParseError unclosedBracketError(boolean incompleteInput) {
        int at = global(openBracketOffsets[level - 1]);
        return error(Kind.SyntaxError, "'" + openBrackets[level - 1] + "' was never closed", at, at, incompleteInput);
    }

    /**
     * Whether only whitespace and comments follow the last token returned: what CPython checks
     * ({@code bad_single_statement}) before accepting a single-statement input.
     */
    boolean onlyBlankLinesRemain() {
        int p = pos;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c == '#') {
                while (p < text.length() && !isLineBreak(text.charAt(p))) {
                    p++;
                }
            } else if (c == ' ' || c == '\t' || c == '\f' || isLineBreak(c)) {
                p++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The line of the innermost bracket still open, or 0 if none is. */
    int innermostOpenBracketLine() {
        return level == 0 ? 0 : lineOf(global(openBracketOffsets[level - 1]));
    }
}
