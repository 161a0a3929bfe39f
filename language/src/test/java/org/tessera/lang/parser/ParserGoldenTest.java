package org.tessera.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tessera.lang.parser.ast.AstDump;
import org.tessera.lang.parser.ast.Mod;

/**
 * Compares the parser with CPython 3.11 on the golden files of {@code tests/parser}: the trees of
 * valid programs as {@code ast.dump} prints them (with and without positions), and the class,
 * line, offset and message of the SyntaxError for invalid ones. The expected files come from
 * {@code tests/parser/generate}.
 */
class ParserGoldenTest {
    private static final Path GOLDEN = repositoryRoot().resolve("tests").resolve("parser");
    private static final Path ERRORS = GOLDEN.resolve("errors");

    /** Maven runs tests in the module directory; the golden files are at the repository root. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tests").resolve("parser"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no tests/parser directory above " + Path.of("").toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> trees() {
        return pythonFiles(GOLDEN).flatMap(file -> {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".py".length());
            return Stream.of(
                            DynamicTest.dynamicTest(name, () -> assertEquals(expected(GOLDEN.resolve(stem + ".ast")), AstDump.dump(parse(file), false))),
                            DynamicTest.dynamicTest(name + " with positions",
                                            () -> assertEquals(expected(GOLDEN.resolve(stem + ".attrs.ast")), AstDump.dump(parse(file), true))));
        });
    }

    @TestFactory
    Stream<DynamicTest> errors() {
        Map<String, String> expectedFailures = expectedFailures();
        for (String listed : expectedFailures.keySet()) {
            assertTrue(Files.exists(ERRORS.resolve(listed)), "EXPECTED_FAILURES names a missing test: " + listed);
        }
        return pythonFiles(ERRORS).map(file -> {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".py".length());
            return DynamicTest.dynamicTest(name, () -> {
                String expected = expected(ERRORS.resolve(stem + ".err"));
                String actual = errorOf(file);
                String reason = expectedFailures.get(name);
                if (reason == null) {
                    assertEquals(expected, actual);
                } else if (expected.equals(actual)) {
                    fail(name + " now matches CPython: remove it from EXPECTED_FAILURES (" + reason + ")");
                }
            });
        });
    }

    private static Mod parse(Path file) {
        try {
            return Parser.parse(read(file), file.getFileName().toString(), Parser.Mode.FILE);
        } catch (ParseError e) {
            throw new AssertionError(file.getFileName() + ":" + e.lineno() + ":" + e.offset() + ": " + e.kind() + ": " + e.msg(), e);
        }
    }

    /** The error as the .err files hold it: class, line, offset and message, one per line. */
    private static String errorOf(Path file) {
        try {
            Parser.parse(read(file), file.getFileName().toString(), Parser.Mode.FILE);
            return "(no error)";
        } catch (ParseError e) {
            return String.join("\n", e.kind().name(), String.valueOf(e.lineno()), String.valueOf(e.offset()), e.msg());
        }
    }

    /** The lines {@code NAME.py: reason} of EXPECTED_FAILURES, without comments and blank lines. */
    private static Map<String, String> expectedFailures() {
        Map<String, String> failures = new HashMap<>();
        for (String line : readLines(ERRORS.resolve("EXPECTED_FAILURES"))) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int colon = entry.indexOf(':');
            assertTrue(colon > 0, "EXPECTED_FAILURES lines are NAME.py: reason, not: " + entry);
            failures.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        return failures;
    }

    private static Stream<Path> pythonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expected(Path file) {
        String text = read(file);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
