package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-on-first-use of scripts/toolchain.sh, in a copy of the repository's scripts with no
 * jars yet (a fresh clone) and a stand-in {@code mvn} that records its arguments and fails: the
 * script must reach Maven (not end silently), ask for the unit tests (no skipping), and report
 * the failed build in one line.
 */
class FirstUseBuildTest {
    @TempDir Path root;

    @Test
    void freshCloneBuildsWithTestsAndReportsAFailedBuild() throws Exception {
        Path repository = TestSupport.repositoryRoot();
        Files.createDirectories(root.resolve("scripts"));
        Files.createDirectories(root.resolve("launcher"));
        Files.copy(repository.resolve("scripts/toolchain.sh"), root.resolve("scripts/toolchain.sh"));
        Files.copy(repository.resolve("mx.config"), root.resolve("mx.config"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho \"$@\" > \"" + root.resolve("mvn-args") + "\"\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -euo pipefail; source scripts/toolchain.sh; find_jdk; ensure_built").directory(root.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);

        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("tessera: build failed; see launcher/target-build.log"), output);
        String args = Files.readString(root.resolve("mvn-args")).trim();
        assertEquals("-q -B -pl language,machine-model,jit-worker,launcher -am package", args);
    }
}
