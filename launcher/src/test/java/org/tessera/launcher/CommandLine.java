package org.tessera.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./tessera} as a user would, for the integration tests. */
final class CommandLine {
    record Result(int status, String stdout, String stderr) {
    }

    private CommandLine() {
    }

    static Result tessera(Path workingDirectory, String stdin, String... args) throws IOException, InterruptedException {
        Path root = TestSupport.repositoryRoot();
        List<String> command = new ArrayList<>();
        command.add(root.resolve("tessera").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Process process = builder.start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tessera " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static Result tessera(String... args) throws IOException, InterruptedException {
        return tessera(TestSupport.repositoryRoot(), null, args);
    }
}
