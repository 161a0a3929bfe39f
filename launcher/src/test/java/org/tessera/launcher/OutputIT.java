package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost and nothing is reordered: with stdout and stderr on one pipe, a program's output
 * is byte for byte CPython's (same 8192-byte blocks for stdout, stderr by lines, stderr then
 * stdout flushed when the program ends, before its traceback), buffered and with
 * {@code PYTHONUNBUFFERED}; on SIGINT too; on SIGTERM Tessera flushes where CPython loses output.
 */
class OutputIT {
    @TempDir
    static Path dir;

    @BeforeAll
    static void warmUp() throws Exception {
        CommandLine.tessera("--version"); // the first run after a build trains the AOT cache and says so
    }

    static Stream<Arguments> programs() {
        List<Arguments> cases = new ArrayList<>();
        String[][] programs = {
            {"interleaved", "import sys\nfor i in range(3):\n    print('out', i)\n    print('err', i, file=sys.stderr)\nprint('end')\n"},
            {"uncaught", "import sys\nprint('a')\nprint('e1', file=sys.stderr)\nprint('b')\nraise ValueError('boom')\n"},
            {"exit_status", "import sys\nprint('a')\nsys.stderr.write('partial')\nprint('b', end='')\nsys.exit(3)\n"},
            {"exit_message", "import sys\nprint('a')\nsys.exit('bye')\n"},
            {"explicit_flushes", "import sys\nprint('a', flush=True)\nprint('e', file=sys.stderr)\nprint('b')\nsys.stdout.flush()\nprint('e2', file=sys.stderr, end='')\nprint('c')\n"},
            {"blocks", "import sys\nfor i in range(3000):\n    print('line', i, sep='-')\n    if i % 250 == 0:\n        print('err', i, file=sys.stderr)\n"},
            {"multibyte_blocks", "import sys\nfor i in range(2000):\n    print('é→' * (i % 7), i)\n    if i % 300 == 0:\n        sys.stderr.write('mark %d\\n' % i)\n"},
            {"big_writes", "import sys\nfor k in (100, 3000, 5000, 9000, 20000):\n    for i in range(4):\n        sys.stdout.write('x' * k)\n        print(k, i, file=sys.stderr)\n"},
        };
        for (String[] p : programs) {
            cases.add(Arguments.of(p[0], p[1], false));
            cases.add(Arguments.of(p[0], p[1], true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, unbuffered={2}")
    @MethodSource("programs")
    void stdoutAndStderrOnOnePipeAsCPython(String name, String program, boolean unbuffered) throws Exception {
        Path file = dir.resolve(name + ".py");
        Files.writeString(file, program);
        Merged expected = run(List.of("python3", file.getFileName().toString()), unbuffered, null);
        Merged actual = run(List.of(TestSupport.repositoryRoot().resolve("tessera").toString(), file.getFileName().toString()), unbuffered, null);
        assertEquals(expected.status, actual.status, "exit status");
        assertEquals(expected.output, actual.output, "stdout and stderr as one stream");
    }

    private static final String SPIN = "import sys\nprint('before')\nprint('started', file=sys.stderr)\nn = 0\nwhile True:\n    n += 1\n";

    @Test
    void sigintFlushesAndShowsTheTracebackAsCPython() throws Exception {
        Path file = dir.resolve("spin.py");
        Files.writeString(file, SPIN);
        Merged expected = run(List.of("python3", "spin.py"), false, "INT");
        Merged actual = run(List.of(TestSupport.repositoryRoot().resolve("tessera").toString(), "spin.py"), false, "INT");
        assertEquals(130, actual.status);
        assertEquals(130, expected.status);
        assertEquals(expected.output, actual.output);
    }

    @Test
    void sigtermFlushesWhatTheProgramWrote() throws Exception {
        Path file = dir.resolve("spin.py");
        Files.writeString(file, SPIN);
        Merged actual = run(List.of(TestSupport.repositoryRoot().resolve("tessera").toString(), "spin.py"), false, "TERM");
        assertEquals(143, actual.status, "killed by SIGTERM, as a shell reports it");
        assertEquals("started\nbefore\n", actual.output, "CPython would lose 'before'; Tessera flushes it");
    }

    private record Merged(int status, String output) {
    }

    /**
     * Runs a command with stderr on stdout's pipe; with {@code signal}, sends it once the program
     * has said "started" on stderr.
     */
    private static Merged run(List<String> command, boolean unbuffered, String signal) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("PYTHONUNBUFFERED");
        if (unbuffered) {
            builder.environment().put("PYTHONUNBUFFERED", "1");
        }
        Process process = builder.start();
        process.getOutputStream().close();
        InputStream in = process.getInputStream();
        StringBuilder head = new StringBuilder();
        if (signal != null) {
            int c;
            while (!head.toString().endsWith("started\n") && (c = in.read()) >= 0) {
                head.append((char) c);
            }
            Thread.sleep(500);
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
        }
        byte[] rest = in.readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not finish");
        return new Merged(process.exitValue(), head + new String(rest, StandardCharsets.UTF_8));
    }
}
