package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential fuzzing in the suite: 300 random programs (scripts/fuzz/genprog.py, seed 7) run
 * under CPython and Tessera must print the same (scripts/fuzz/difffuzz; the closing notes report
 * the long runs). A mismatch fails with the driver's report, which names each program and the
 * first difference.
 */
class DiffFuzzIT {
    @TempDir
    Path dir;

    @Test
    void randomProgramsBehaveAsUnderCPython() throws Exception {
        Path root = TestSupport.repositoryRoot();
        Process p = new ProcessBuilder("python3", root.resolve("scripts/fuzz/difffuzz").toString(), "--seed", "7", "--count", "300", "--out", dir.toString())
                        .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        String mismatches = Files.exists(dir.resolve("mismatches.txt")) ? Files.readString(dir.resolve("mismatches.txt")) : "(none written)";
        assertEquals(0, p.exitValue(), report + "\n" + mismatches);
    }
}
