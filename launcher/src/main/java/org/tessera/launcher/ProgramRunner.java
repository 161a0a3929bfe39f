package org.tessera.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

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

    private final Context context;

    public ProgramRunner(Context context) {
        this.context = context;
    }

    /**
     * Asks the language's runner: the internal source {@code <tessera-main>} with the text
     * {@code MODE NUL PAYLOAD} evaluates to the exit status. Asking with a source rather than by
     * calling a runner object keeps guest objects out of the launcher, which spares the polyglot
     * layer building an interop dispatch for one (≈0.1 s of start-up).
     */
    private int request(String mode, String payload) {
        return context.eval(Source.newBuilder(TesseraMain.LANGUAGE_ID, mode + "\0" + payload, "<tessera-main>").internal(true).cached(false).buildLiteral())
                        .asInt();
    }

    /** Runs a script file; returns the exit status. */
    public int runFile(String path) {
        return request("file", path);
    }

    /** Runs module {@code name} (found along the search path, from the working directory) as {@code __main__}. */
    public int runModule(String name) {
        return request("module", name);
    }

    /** Runs the text of {@code -c}; returns the exit status. */
    public int runCode(String code) {
        return request("code", code);
    }

    /** Runs a program read from a non-interactive stdin; returns the exit status. */
    public int runStdin(String code) {
        return request("stdin", code);
    }

    /** Runs one interactive entry: {@link #INCOMPLETE}, 0, or {@code EXIT_REQUESTED + status}. */
    public int runInteractive(String entry) {
        return request("repl", entry);
    }

    /** The process status for a runner answer. */
    public static int statusOf(int answer) {
        return answer >= EXIT_REQUESTED ? answer - EXIT_REQUESTED : answer;
    }
}
