package org.tessera.lang.parser;

/**
 * A syntax error found while tokenizing or parsing, with the fields of CPython's
 * {@code SyntaxError}: 1-based line numbers, 1-based character offsets within the line, and the
 * text of the offending line. The translator turns it into a Python {@code SyntaxError}.
 */
public final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class to raise. */
    public enum Kind {
        SyntaxError, IndentationError, TabError,
        /** The source nests deeper than the parser's stack (CPython: MemoryError from its parser). */
        MemoryError,
        /** The source nests deeper than the compiler recurses ("maximum recursion depth exceeded during compilation"). */
        RecursionError
    }

    private final Kind kind;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final boolean incompleteInput;

    public ParseError(Kind kind, String msg, int lineno, int offset, int endLineno, int endOffset, String text, boolean incompleteInput) {
        super(msg, null, false, false);
        this.kind = kind;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.incompleteInput = incompleteInput;
    }

    /** This error with {@link #incompleteInput()} set as given. */
    public ParseError withIncompleteInput(boolean incomplete) {
        if (incomplete == incompleteInput) {
            return this;
        }
        return new ParseError(kind, getMessage(), lineno, offset, endLineno, endOffset, text, incomplete);
    }

    public Kind kind() {
        return kind;
    }

    /** The message without the class name, e.g. {@code "invalid syntax"}. */
    public String msg() {
        return getMessage();
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The source line the error is on, without its line terminator; may be null. */
    public String text() {
        return text;
    }

    /**
     * True when the input ended inside an open bracket, block header or triple-quoted string:
     * the REPL then asks for another line instead of reporting the error.
     */
    public boolean incompleteInput() {
        return incompleteInput;
    }

    /** The source nests too deeply to parse or compile: a MemoryError or RecursionError, without a location. */
    public static ParseError tooDeep(Kind kind, String msg) {
        return new ParseError(kind, msg, 1, 1, 1, 1, null, false);
    }
}
