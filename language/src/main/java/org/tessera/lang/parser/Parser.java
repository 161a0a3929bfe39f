package org.tessera.lang.parser;

import org.tessera.lang.parser.ParseError.Kind;
import org.tessera.lang.parser.ast.Mod;

/**
 * Parses Tessera (Python 3.11 subset) source into an {@link org.tessera.lang.parser.ast} tree,
 * or fails with a {@link ParseError} worded and located as CPython 3.11's SyntaxError.
 */
public final class Parser {
    /**
     * Stack for parsing input nested too deeply for the caller's stack: enough for the deepest
     * nesting the parser accepts (200 brackets, 1000 nested expressions).
     */
    private static final long LARGE_STACK = 512L * 1024 * 1024;

    private Parser() {
    }

    /** The start rule, as the mode argument of Python's {@code compile()}. */
    public enum Mode {
        /** A module ({@code 'exec'}): yields a {@link Mod.Module}. */
        FILE,
        /**
         * One REPL entry ({@code 'single'}): yields a {@link Mod.Interactive}. Tokenized as
         * CPython's interactive prompt does: an empty line ends a compound statement (so
         * {@code "if x:\n\n"} is an error, not incomplete input) and a line with only a comment
         * is an empty statement.
         */
        SINGLE,
        /** One expression ({@code 'eval'}): yields a {@link Mod.Expression}. */
        EVAL
    }

    /**
     * Parses {@code source}. {@code filename} names the source as in {@code compile()}; errors
     * do not carry it, the caller adds it when it raises them.
     */
    public static Mod parse(String source, String filename, Mode mode) {
        Mod mod;
        try {
            mod = parseOnThisThread(source, mode);
        } catch (StackOverflowError e) {
            // Deeply nested input: retry where the stack is large enough for it.
            mod = parseOnLargeStack(source, mode);
        }
        ParsedSources.remember(mod, source);
        return mod;
    }

    /** The source text a tree returned by {@link #parse} was parsed from, or null if unknown. */
    public static String sourceOf(Mod mod) {
        return ParsedSources.lookup(mod);
    }

    private static Mod parseOnThisThread(String source, Mode mode) {
        StatementParser parser = new StatementParser(new Tokenizer(source, mode == Mode.SINGLE), mode);
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
        return mod;
    }

    private static Mod parseOnLargeStack(String source, Mode mode) {
        Mod[] result = new Mod[1];
        ParseError[] failure = new ParseError[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = parseOnThisThread(source, mode);
            } catch (ParseError e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = ParseError.tooDeep(Kind.MemoryError, null);
            }
        }, "tessera-parser", LARGE_STACK);
        thread.start();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }
}
