package org.tessera.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.graalvm.polyglot.Engine;

/** Shared by the launcher's tests: the repository root, the shared engine, expected-failure lists. */
final class TestSupport {
    private TestSupport() {
    }

    /** The repository root: the nearest ancestor of the working directory with a tests/ folder and mx.config. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("tests")) && Files.exists(dir.resolve("mx.config")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Engine newEngine() {
        return Engine.newBuilder(TesseraMain.LANGUAGE_ID).option("engine.WarnInterpreterOnly", "false").build();
    }

    /** {@code path: reason} lines; '#' starts a comment. */
    static Map<String, String> expectedFailures(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(": ");
            if (colon < 0) {
                throw new IllegalStateException(file + ": expected 'path: reason', got: " + line);
            }
            entries.put(trimmed.substring(0, colon), trimmed.substring(colon + 2));
        }
        return entries;
    }
}
