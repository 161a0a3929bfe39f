package org.tessera.launcher;

import java.io.IOException;
import java.io.PrintStream;

import org.graalvm.shadowed.org.jline.reader.EndOfFileException;
import org.graalvm.shadowed.org.jline.reader.LineReader;
import org.graalvm.shadowed.org.jline.reader.LineReaderBuilder;
import org.graalvm.shadowed.org.jline.reader.UserInterruptException;
import org.graalvm.shadowed.org.jline.terminal.Terminal;
import org.graalvm.shadowed.org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt, with line editing and history from JLine. Like CPython's, a compound
 * statement continues until a blank line; an incomplete line (open bracket) asks for more.
 */
final class Repl {
    private final ProgramRunner runner;
    private final PrintStream out;

    Repl(ProgramRunner runner, PrintStream out) {
        this.runner = runner;
        this.out = out;
    }

    /** The keywords that open a compound statement. */
    private static final java.util.Set<String> COMPOUND = java.util.Set.of("if", "for", "while", "def", "class", "with", "try", "async");

    /**
     * Whether the entry so far is a compound statement (it starts with {@code def}, {@code if},
     * {@code for}... or a decorator). Anything else runs as soon as it is complete, so an open
     * bracket continues only until it is closed.
     */
    static boolean isCompoundStatement(CharSequence entry) {
        String first = entry.toString().lines().findFirst().orElse("").strip();
        if (first.startsWith("@")) {
            return true;
        }
        String word = first.split("[^A-Za-z_0-9]", 2)[0];
        return COMPOUND.contains(word);
    }

    int run() {
        out.println("Tessera " + Versions.TESSERA + " (Python " + Versions.PYTHON + ") on GraalVM Truffle");
        out.println("Type \"exit()\" or press Ctrl-D to leave.");
        // no native signal handlers: Ctrl-C while a line is read is JLine's (a fresh prompt), while
        // code runs it is the language's (KeyboardInterrupt in the program)
        try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(false).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            StringBuilder entry = new StringBuilder();
            while (true) {
                String line;
                try {
                    line = reader.readLine(entry.length() == 0 ? ">>> " : "... ");
                } catch (UserInterruptException e) {
                    out.println("KeyboardInterrupt");
                    entry.setLength(0);
                    continue;
                } catch (EndOfFileException e) {
                    out.println();
                    return 0;
                }
                entry.append(line).append('\n');
                if (isCompoundStatement(entry) && !line.isBlank()) {
                    // a def, class, if, for... goes on until a blank line, as at CPython's prompt
                    continue;
                }
                int answer = runner.runInteractive(entry.toString());
                if (answer == ProgramRunner.INCOMPLETE) {
                    continue;
                }
                entry.setLength(0);
                if (answer >= ProgramRunner.EXIT_REQUESTED) {
                    return ProgramRunner.statusOf(answer);
                }
            }
        } catch (IOException e) {
            out.println("tessera: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }
}
