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
        return tessera(java.util.Map.of(), workingDirectory, stdin, args);
    }

    private static boolean prepared;

    /**
     * The first ./tessera after a build makes the runtime image and trains the AOT cache, and says
     * so on stderr; the tests compare stderr exactly, so that run happens here, once, first.
     */
    private static synchronized void prepare() throws IOException, InterruptedException {
        if (!prepared) {
            prepared = true;
            Result r = run(java.util.Map.of(), TestSupport.repositoryRoot(), null, "--version");
            if (r.status() != 0) {
                throw new AssertionError("./tessera --version failed:\n" + r.stderr());
            }
        }
    }

    /** Runs {@code ./tessera} with extra environment variables (e.g. TESSERA_JAVA_OPTS). */
    static Result tessera(java.util.Map<String, String> environment, Path workingDirectory, String stdin, String... args) throws IOException, InterruptedException {
        prepare();
        return run(environment, workingDirectory, stdin, args);
    }

    private static Result run(java.util.Map<String, String> environment, Path workingDirectory, String stdin, String... args) throws IOException, InterruptedException {
        Path root = TestSupport.repositoryRoot();
        List<String> command = new ArrayList<>();
        command.add(root.resolve("tessera").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        // stderr is drained on its own thread: a process that fills one pipe while we wait on the
        // other would otherwise never finish.
        var errReader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var out = process.getInputStream().readAllBytes();
        var err = errReader.join();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tessera " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static Result tessera(String... args) throws IOException, InterruptedException {
        return tessera(TestSupport.repositoryRoot(), null, args);
    }

    /** Runs one of the repository's own commands ({@code command}: its argv) in the repository's root, with no input. */
    static Result tool(java.util.List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(TestSupport.repositoryRoot().toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Result(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
