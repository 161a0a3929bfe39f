package org.tessera.lang.fuzz;

import org.tessera.lang.parser.ParseError;
import org.tessera.lang.parser.Parser;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided crash fuzzing of the tokenizer and parser (Jazzer): whatever the text, parsing
 * ends in a syntax tree or a {@link ParseError} (Python's SyntaxError, IndentationError, TabError,
 * or the MemoryError/RecursionError of too deep nesting), never another Java exception, never a
 * hang. {@code ./test} replays the corpus in {@code ParserFuzzTestInputs/}; {@code scripts/fuzz/crashfuzz}
 * fuzzes for real.
 */
class ParserFuzzTest {
    /** The input being parsed and since when: a watchdog saves an input that takes too long, then fails the run. */
    private static volatile byte[] current;
    private static volatile long started;

    static {
        Thread watchdog = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                byte[] input = current;
                if (input != null && System.nanoTime() - started > 10_000_000_000L) {
                    try {
                        java.nio.file.Path file = java.nio.file.Path.of("target", "parser-hang.txt");
                        java.nio.file.Files.write(file, input);
                        System.err.println("ParserFuzzTest: parsing took over 10 s; input saved in " + file.toAbsolutePath());
                    } catch (java.io.IOException e) {
                        e.printStackTrace();
                    }
                    Runtime.getRuntime().halt(3);
                }
            }
        }, "parser-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "python.dict")
    void parsesOrRaisesASyntaxError(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        started = System.nanoTime();
        current = input;
        for (Parser.Mode mode : Parser.Mode.values()) {
            try {
                Parser.parse(text, "<fuzz>", mode);
            } catch (ParseError expected) {
                // Python's own error for bad input
            }
        }
        current = null;
    }
}
