package org.tessera.lang.parser;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.tessera.lang.parser.ParseError.Kind;
import org.tessera.lang.parser.ast.Node;

/**
 * Token access, backtracking and error reporting shared by the expression and statement parsers.
 *
 * <p>
 * The parsers follow CPython's two-pass scheme. The first pass parses the grammar proper; if it
 * fails, a second pass re-parses from the start with the grammar's {@code invalid_*} rules
 * enabled, which recognise common mistakes and raise CPython's specific messages. Failure to
 * match is signalled by throwing {@link #FAILURE}, which is caught where the grammar has an
 * alternative or an optional part, restoring the position as a PEG parser backtracks. The
 * second pass, whose checks retry rules speculatively, memoises rule results (as CPython's
 * packrat parser does) so that it stays linear. If no specific message applies, the error is
 * "invalid syntax" at the furthest token the first pass looked at.
 */
abstract class ParserBase {

    /** Signals that the input does not match the rule being parsed. Stackless and shared. */
    static final class ParseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private ParseFailure() {
            super(null, null, false, false);
        }
    }

    static final ParseFailure FAILURE = new ParseFailure();

    /**
     * How deeply expressions may nest before the parser gives up as CPython 3.11's does (with a
     * MemoryError, at its 6000 rule levels: 2984 nested lambdas or powers).
     */
    private static final int MAX_NESTING = 2983;

    final Tokenizer tokenizer;
    private final boolean interactive;
    /** Whether input lacking a final line break ends without a NEWLINE, as in CPython's eval and single modes. */
    private final boolean bareEndOfInput;
    private Token[] tokens = new Token[256];
    /** Number of tokens fetched from the tokenizer so far (CPython's {@code p->fill}). */
    private int fill;
    /** Index of the current token. */
    int pos;
    /** Whether the {@code invalid_*} rules are active, i.e. this is the second pass. */
    boolean invalidRules;
    private Map<Long, Memo> memo;
    private int nesting;
    /** Index of the NEWLINE that interactive mode puts in place of the first ENDMARKER, or -1. */
    private int impliedNewline = -1;
    /** Whether a tokenizer error was raised: those are reported as they are, without further checks. */
    boolean tokenizerFailed;

    private record Memo(Object result, int end) {
    }

    ParserBase(Tokenizer tokenizer, Parser.Mode mode) {
        this.tokenizer = tokenizer;
        this.interactive = mode == Parser.Mode.SINGLE;
        this.bareEndOfInput = mode != Parser.Mode.FILE && tokenizer.addedLineBreak();
    }

    // ---------------------------------------------------------------- tokens

    final Token tokenAt(int index) {
        while (index >= fill) {
            fetch();
        }
        return tokens[index];
    }

    private void fetch() {
        Token token;
        try {
            token = tokenizer.next();
        } catch (ParseError e) {
            tokenizerFailed = true;
            throw e;
        }
        if (interactive && token.kind() == TokenKind.ENDMARKER && fill > 0 && impliedNewline < 0) {
            // CPython's single-input mode turns the first ENDMARKER into a NEWLINE ending the statement.
            impliedNewline = fill;
            token = new Token(TokenKind.NEWLINE, token.start(), token.end(), 0, null);
        }
        if (fill == tokens.length) {
            tokens = Arrays.copyOf(tokens, fill * 2);
        }
        tokens[fill++] = token;
    }

    /** The last token fetched from the tokenizer: where CPython reports errors without a location. */
    final Token lastFetched() {
        return tokens[fill - 1];
    }

    final Token peek() {
        return tokenAt(pos);
    }

    final Token peek(int ahead) {
        return tokenAt(pos + ahead);
    }

    final TokenKind kind() {
        return tokenAt(pos).kind();
    }

    final boolean at(TokenKind kind) {
        return tokenAt(pos).kind() == kind;
    }

    final boolean at(TokenKind kind, TokenKind kind2) {
        return tokenAt(pos).kind() == kind && tokenAt(pos + 1).kind() == kind2;
    }

    final Token next() {
        return tokenAt(pos++);
    }

    final boolean accept(TokenKind kind) {
        if (tokenAt(pos).kind() == kind) {
            pos++;
            return true;
        }
        return false;
    }

    final Token expect(TokenKind kind) {
        Token token = tokenAt(pos);
        if (token.kind() != kind) {
            throw FAILURE;
        }
        pos++;
        return token;
    }

    /**
     * CPython's forced token ({@code &&':'}): if it is missing, the error is raised at once, in
     * the first pass too, at the token found instead.
     */
    final Token expectForced(TokenKind kind) {
        Token token = tokenAt(pos);
        if (token.kind() != kind) {
            throw syntaxErrorAt(token, token, "expected '" + kind.text + "'");
        }
        pos++;
        return token;
    }

    /** Start offset of the current token: where a node parsed from here begins. */
    final int start() {
        return tokenAt(pos).start();
    }

    /**
     * End offset of the last consumed token other than NEWLINE, INDENT and DEDENT: where a node
     * parsed up to here ends (CPython's {@code _PyPegen_get_last_nonnwhitespace_token}).
     */
    final int prevEnd() {
        int index = pos - 1;
        while (index > 0 && isLayout(tokens[index].kind())) {
            index--;
        }
        return tokens[index].end();
    }

    private static boolean isLayout(TokenKind kind) {
        return kind == TokenKind.NEWLINE || kind == TokenKind.INDENT || kind == TokenKind.DEDENT || kind == TokenKind.ENDMARKER;
    }

    final Token prevToken() {
        return tokens[pos - 1];
    }

    /** Whether the token at {@code index} is the end of input: the ENDMARKER or what the tokenizer emits just before it. */
    final boolean isEndOfInput(int index) {
        Token token = tokenAt(index);
        return token.kind() == TokenKind.ENDMARKER || index == impliedNewline
                        || (token.kind() == TokenKind.DEDENT && tokenizer.isEndOfInput(token.start()));
    }

    /**
     * Whether CPython reports errors at the token at {@code index} where its tokenizer stands at
     * the end of input rather than at a token position: the end of input, and also the NEWLINE
     * this tokenizer adds where CPython's eval and single modes have none.
     */
    private boolean reportedAtEndOfInput(int index) {
        Token token = tokenAt(index);
        return isEndOfInput(index) || (bareEndOfInput && token.kind() == TokenKind.NEWLINE && tokenizer.isEndOfInput(token.start()));
    }

    // ---------------------------------------------------------------- nesting

    final void enterNesting() {
        if (++nesting > MAX_NESTING) {
            throw ParseError.tooDeep(ParseError.Kind.MemoryError, null);
        }
    }

    final void exitNesting() {
        nesting--;
    }

    // ---------------------------------------------------------------- second pass

    /** Whether rule results are memoised: in the second pass. */
    final boolean memoizing() {
        return memo != null;
    }

    /** Starts the second pass: back to the first token, with the {@code invalid_*} rules on. */
    final void startSecondPass() {
        pos = 0;
        nesting = 0;
        invalidRules = true;
        memo = new HashMap<>();
    }

    /**
     * Runs {@code rule} at the current position, reusing its result if it already ran there in
     * this pass. Only the second pass memoises: the first never re-parses.
     */
    @SuppressWarnings("unchecked")
    final <T> T memoized(int ruleId, Supplier<T> rule) {
        if (memo == null) {
            return rule.get();
        }
        long key = ((long) ruleId << 32) | pos;
        Memo entry = memo.get(key);
        if (entry != null) {
            pos = entry.end;
            if (entry.result == null) {
                throw FAILURE;
            }
            return (T) entry.result;
        }
        int startPos = pos;
        try {
            T result = rule.get();
            memo.put(key, new Memo(result, pos));
            return result;
        } catch (ParseFailure failure) {
            memo.put(key, new Memo(null, startPos));
            throw failure;
        }
    }

    /**
     * Runs {@code check} speculatively, as a PEG alternative: if it does not match, the position
     * is restored and false returned. Errors it raises propagate.
     */
    final boolean tryParse(Runnable check) {
        int mark = pos;
        try {
            check.run();
            return true;
        } catch (ParseFailure failure) {
            pos = mark;
            return false;
        }
    }

    /** Like {@link #tryParse(Runnable)} for a rule with a result; null if it does not match. */
    final <T> T tryParse(Supplier<T> rule) {
        int mark = pos;
        try {
            return rule.get();
        } catch (ParseFailure failure) {
            pos = mark;
            return null;
        }
    }

    /**
     * Parses one more element of a comma-separated list into {@code elements}. As in CPython's
     * PEG loops, an element that does not parse ends the list (the comma before it is then a
     * trailing comma) instead of failing the whole list.
     */
    final <T> boolean addIfParsed(List<T> elements, Supplier<T> element) {
        if (!kind().startsExpression()) {
            return false;
        }
        T parsed = tryParse(element);
        if (parsed == null) {
            return false;
        }
        elements.add(parsed);
        return true;
    }

    /** Parses {@code rule} with the {@code invalid_*} rules off, as CPython's {@code *_without_invalid} rules. */
    final <T> T withoutInvalidRules(Supplier<T> rule) {
        boolean saved = invalidRules;
        invalidRules = false;
        try {
            return rule.get();
        } finally {
            invalidRules = saved;
        }
    }

    // ---------------------------------------------------------------- the two passes

    /**
     * Parses with {@code startRule} as CPython's {@code _PyPegen_run_parser} does: a first pass;
     * if it fails, a second pass with the {@code invalid_*} rules; if that finds nothing specific,
     * "invalid syntax" (or "unexpected indent") at the furthest token the first pass reached.
     */
    final <T> T parseWithRecovery(Supplier<T> startRule) {
        int failedAt;
        try {
            return startRule.get();
        } catch (ParseFailure failure) {
            failedAt = fill - 1;
        } catch (ParseError error) {
            throw reported(error, false);
        }
        boolean incompleteInput = isEndOfInput(failedAt);
        startSecondPass();
        try {
            startRule.get();
        } catch (ParseFailure failure) {
            // Nothing more specific to say than the generic message below.
        } catch (ParseError error) {
            throw reported(error, incompleteInput);
        }
        Token token = tokenAt(failedAt);
        if (token.kind() == TokenKind.INDENT || token.kind() == TokenKind.DEDENT) {
            // Reported as is: CPython checks the rest of the input only for other errors.
            String message = token.kind() == TokenKind.INDENT ? "unexpected indent" : "unexpected unindent";
            throw errorAtLastToken(Kind.IndentationError, message).withIncompleteInput(incompleteInput);
        }
        throw reported(invalidSyntaxAt(token, failedAt), incompleteInput);
    }

    private ParseError invalidSyntaxAt(Token token, int index) {
        if (reportedAtEndOfInput(index)) {
            return endOfInputError(Kind.SyntaxError, "invalid syntax", 0);
        }
        return rangeError(Kind.SyntaxError, token.start(), token.end(), "invalid syntax");
    }

    /**
     * The error to report for {@code error}. A tokenizer error is final; after a parser error,
     * CPython tokenizes the rest of the input, and an error found there takes precedence.
     */
    private ParseError reported(ParseError error, boolean incompleteInput) {
        if (tokenizerFailed) {
            return error;
        }
        int errorLine = tokenizer.lineOf(lastFetched().start());
        ParseError later = tokenizer.checkRemainingInput(errorLine);
        return later != null ? later : error.withIncompleteInput(incompleteInput);
    }

    // ---------------------------------------------------------------- errors

    /** CPython's {@code RAISE_SYNTAX_ERROR_KNOWN_RANGE}: from the start of {@code from} to the end of {@code to}. */
    final ParseError syntaxErrorAt(Node from, Node to, String message) {
        return rangeError(Kind.SyntaxError, from.start(), to.end(), message);
    }

    final ParseError syntaxErrorAt(Token from, Token to, String message) {
        return rangeError(Kind.SyntaxError, from.start(), to.end(), message);
    }

    final ParseError syntaxErrorAt(Node node, String message) {
        return syntaxErrorAt(node, node, message);
    }

    final ParseError syntaxErrorAt(Token token, String message) {
        return syntaxErrorAt(token, token, message);
    }

    ParseError rangeError(Kind kind, int start, int end, String message) {
        return tokenizer.error(kind, decorate(message), tokenizer.lineOf(start), tokenizer.columnOf(start), tokenizer.lineOf(end),
                        tokenizer.columnOf(end), tokenizer.lineTextOf(start), false);
    }

    /**
     * CPython's {@code RAISE_SYNTAX_ERROR} (and {@code RAISE_INDENTATION_ERROR}): located at the
     * last token fetched. Tokens without a column there (INDENT, DEDENT, ENDMARKER) report the
     * tokenizer's position instead, which is one column further left than a token's start would be.
     */
    final ParseError errorAtLastToken(Kind kind, String message) {
        Token token = lastFetched();
        if (reportedAtEndOfInput(fill - 1)) {
            // The column of the tokenizer's position: past the line break CPython appended, if any.
            int column = tokenizer.columnOf(tokenizer.endOfInputOffset()) - (bareEndOfInput ? 1 : 0);
            return endOfInputError(kind, message, column);
        }
        return switch (token.kind()) {
            case INDENT, DEDENT -> tokenizer.error(kind, decorate(message), tokenizer.lineOf(token.start()), tokenizer.columnOf(token.start()) - 1,
                            tokenizer.lineOf(token.start()), -1, tokenizer.lineTextOf(token.start()), false);
            default -> rangeError(kind, token.start(), token.end(), message);
        };
    }

    /**
     * An error on the last line; CPython has no column for the end of input and reports
     * {@code offset}, and for empty input no line either.
     */
    private ParseError endOfInputError(Kind kind, String message, int offset) {
        int end = tokenizer.endOfInputOffset();
        int line = tokenizer.isEmpty() ? 0 : tokenizer.lineOf(end);
        return tokenizer.error(kind, decorate(message), line, tokenizer.isEmpty() ? 0 : offset, line, -1, tokenizer.lineTextOf(end), false);
    }

    /** Adjusts a parser error message; the f-string expression parser prefixes "f-string: ". */
    String decorate(String message) {
        return message;
    }
}
