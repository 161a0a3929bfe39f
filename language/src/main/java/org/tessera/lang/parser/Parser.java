package org.tessera.lang.parser;

import org.tessera.lang.parser.ParseError.Kind;
import org.tessera.lang.parser.ast.Mod;

/**
 * Parses Tessera (Python 3.11 subset) source into an {@link org.tessera.lang.parser.ast} tree,
 * or fails with a {@link ParseError} worded and located as CPython 3.11's SyntaxError.
 */
public final class Parser {
    private Parser() {
    }

    /** The start rule, as the mode argument of Python's {@code compile()}. */
    public enum Mode {
        /** A module ({@code 'exec'}): yields a {@link Mod.Module}. */
        FILE,
        /** One REPL entry ({@code 'single'}): yields a {@link Mod.Interactive}. */
        SINGLE,
        /** One expression ({@code 'eval'}): yields a {@link Mod.Expression}. */
        EVAL
    }

    /**
     * Parses {@code source}. {@code filename} names the source as in {@code compile()}; errors
     * do not carry it, the caller adds it when it raises them.
     */
    public static Mod parse(String source, String filename, Mode mode) {
        try {
            StatementParser parser = new StatementParser(new Tokenizer(source), mode == Mode.SINGLE);
            Mod mod = switch (mode) {
                case FILE -> parser.parseWithRecovery(parser::fileInput);
                case SINGLE -> parser.parseWithRecovery(parser::interactiveInput);
                case EVAL -> parser.parseWithRecovery(parser::evalInput);
            };
            if (mode == Mode.SINGLE && !parser.tokenizer.onlyBlankLinesRemain()) {
                throw parser.errorAtLastToken(Kind.SyntaxError, "multiple statements found while compiling a single statement");
            }
            if (parser.duplicateParameter() != null) {
                throw parser.duplicateParameter();
            }
            ParsedSources.remember(mod, source);
            return mod;
        } catch (StackOverflowError e) {
            // The nesting limits should prevent this; if a small thread stack still overflows,
            // report the input as too complex rather than crash.
            throw new ParseError(Kind.SyntaxError, "too many nested expressions: source too complex to parse", 1, 1, 1, 1, null, false);
        }
    }

    /** The source text a tree returned by {@link #parse} was parsed from, or null if unknown. */
    public static String sourceOf(Mod mod) {
        return ParsedSources.lookup(mod);
    }
}
