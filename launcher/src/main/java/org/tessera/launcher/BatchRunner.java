package org.tessera.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;

/**
 * Runs many Python programs in one JVM, each in its own context of one shared engine, as
 * {@code ./tessera FILE} would run it (own working directory, empty stdin, {@code sys.argv[0]}
 * the file's name) but with stdout and stderr captured. The differential fuzzer
 * ({@code scripts/fuzz/difffuzz}) and the CPython-differential test suite run programs this way:
 * thousands of programs a minute instead of one JVM start each.
 * <p>
 * {@code BatchRunner [--timeout SECONDS] OUTDIR FILE_OR_DIR...} writes, for every program
 * {@code NAME.py}, {@code OUTDIR/NAME.out}, {@code NAME.err} and {@code NAME.status} (the exit
 * status; {@code timeout} when the program ran out of time and was cancelled, {@code internal}
 * when the runtime failed, with the Java stack trace in {@code NAME.err}).
 */
public final class BatchRunner {
    /** The stack of the thread a program runs on, as the launcher's (deep recursion needs it). */
    private static final long STACK_BYTES = 1L << 30;
    /** Status of a program that ran out of time. */
    public static final int TIMEOUT = -2;
    /** Status of a program whose run failed inside the runtime (not a Python exception). */
    public static final int INTERNAL = -3;

    private BatchRunner() {
    }

    /** What one program printed and how it ended; {@code failure} is the runtime's own failure, if any. */
    public record Run(String stdout, String stderr, int status, Throwable failure) {
    }

    /**
     * Runs {@code program} in a new context of {@code engine}, with {@code args} after its name in
     * {@code sys.argv}; a program still running after {@code timeoutMillis} is cancelled.
     */
    public static Run run(Engine engine, Path program, long timeoutMillis, String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] argv = new String[args.length + 1];
        argv[0] = program.getFileName().toString();
        System.arraycopy(args, 0, argv, 1, args.length);
        Context context = Context.newBuilder(TesseraMain.LANGUAGE_ID).engine(engine).allowAllAccess(true).out(out).err(err)
                        .in(new ByteArrayInputStream(new byte[0])).currentWorkingDirectory(program.toAbsolutePath().getParent())
                        .arguments(TesseraMain.LANGUAGE_ID, argv).build();
        int[] status = {INTERNAL};
        Throwable[] failure = {null};
        Thread thread = new Thread(null, () -> {
            try {
                status[0] = ProgramRunner.statusOf(new ProgramRunner(context).runFile(program.getFileName().toString()));
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    status[0] = e.getExitStatus();
                } else if (!e.isCancelled()) {
                    failure[0] = e;
                }
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "python-batch", STACK_BYTES);
        thread.start();
        thread.join(timeoutMillis);
        boolean timedOut = thread.isAlive();
        if (timedOut) {
            try {
                context.close(true);
            } catch (PolyglotException | IllegalStateException e) {
                // cancelling while the program runs: what close(true) is for
            }
            thread.join(10_000);
        } else {
            try {
                context.close();
            } catch (PolyglotException | IllegalStateException e) {
                failure[0] = failure[0] != null ? failure[0] : e;
            }
        }
        int result = timedOut ? TIMEOUT : failure[0] != null ? INTERNAL : status[0];
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), result, failure[0]);
    }

    public static void main(String[] args) throws Exception {
        long timeoutMillis = 20_000;
        int i = 0;
        if (args.length > 1 && args[0].equals("--timeout")) {
            timeoutMillis = (long) (Double.parseDouble(args[1]) * 1000);
            i = 2;
        }
        if (args.length - i < 2) {
            System.err.println("usage: BatchRunner [--timeout SECONDS] OUTDIR FILE_OR_DIR...");
            System.exit(2);
        }
        Path outDir = Path.of(args[i++]);
        Files.createDirectories(outDir);
        List<Path> programs = new ArrayList<>();
        for (; i < args.length; i++) {
            programs.addAll(programsIn(Path.of(args[i])));
        }
        int failures = 0;
        try (Engine engine = Engine.newBuilder(TesseraMain.LANGUAGE_ID).option("engine.WarnInterpreterOnly", "false").build()) {
            for (Path program : programs) {
                Run run = run(engine, program, timeoutMillis);
                String name = program.getFileName().toString().replaceAll("\\.py$", "");
                Files.writeString(outDir.resolve(name + ".out"), run.stdout());
                String stderr = run.stderr();
                if (run.failure() != null) {
                    failures++;
                    java.io.StringWriter trace = new java.io.StringWriter();
                    run.failure().printStackTrace(new java.io.PrintWriter(trace));
                    stderr += trace;
                }
                Files.writeString(outDir.resolve(name + ".err"), stderr);
                String status = run.status() == TIMEOUT ? "timeout" : run.status() == INTERNAL ? "internal" : Integer.toString(run.status());
                Files.writeString(outDir.resolve(name + ".status"), status + "\n");
            }
        }
        System.out.println(programs.size() + " programs run, " + failures + " internal failures");
    }

    private static List<Path> programsIn(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }
}
