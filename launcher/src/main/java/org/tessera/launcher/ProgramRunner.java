package org.tessera.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs programs through the language's program runner (the internal {@code <tessera-main>}
 * source), which handles uncaught exceptions and {@code SystemExit} as CPython does and answers
 * with an exit status. Used by the launcher and by the test harness alike.
 */
public final class ProgramRunner {
    /** Runner answer for a REPL entry that needs more lines. */
    public static final int INCOMPLETE = -1;
    /** Runner answers at or above this mean SystemExit with status {@code answer - EXIT_REQUESTED}. */
    public static final int EXIT_REQUESTED = 1000;

    private final Value runner;

    public ProgramRunner(Context context) {
        this.runner = context.eval(Source.newBuilder(TesseraMain.LANGUAGE_ID, "", "<tessera-main>").internal(true).buildLiteral());
    }

    /** Runs a script file; returns the exit status. */
    public int runFile(String path) {
        return runner.execute("file", path).asInt();
    }

    /** Runs the text of {@code -c}; returns the exit status. */
    public int runCode(String code) {
        return runner.execute("code", code).asInt();
    }

    /** Runs a program read from a non-interactive stdin; returns the exit status. */
    public int runStdin(String code) {
        return runner.execute("stdin", code).asInt();
    }

    /** Runs one interactive entry: {@link #INCOMPLETE}, 0, or {@code EXIT_REQUESTED + status}. */
    public int runInteractive(String entry) {
        return runner.execute("repl", entry).asInt();
    }

    /** The process status for a runner answer. */
    public static int statusOf(int answer) {
        return answer >= EXIT_REQUESTED ? answer - EXIT_REQUESTED : answer;
    }
}
