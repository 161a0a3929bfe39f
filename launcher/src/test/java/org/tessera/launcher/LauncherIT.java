package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tessera} command line, run as a separate process. */
class LauncherIT {
    @TempDir Path dir;

    @Test
    void versionNamesTesseraAndPython() throws Exception {
        CommandLine.Result r = CommandLine.tessera("--version");
        assertEquals(0, r.status());
        assertTrue(r.stdout().contains("Tessera " + Versions.TESSERA) && r.stdout().contains("Python " + Versions.PYTHON), r.stdout());
    }

    @Test
    void helpShowsUsageAndPolyglotOptions() throws Exception {
        CommandLine.Result r = CommandLine.tessera("--help");
        assertEquals(0, r.status());
        assertTrue(r.stdout().contains("usage: tessera"), r.stdout());
        assertTrue(r.stdout().contains("--engine.TraceCompilation"), r.stdout());
        for (String tool : new String[]{"coverage", "cpusampler", "cputracer", "inspect", "memtracer"}) {
            assertTrue(r.stdout().matches("(?s).*\\n  " + tool + " .*"), tool + " is listed:\n" + r.stdout());
        }
        CommandLine.Result languages = CommandLine.tessera("--help:languages");
        assertTrue(languages.stdout().contains("--tessera.PythonPath"), languages.stdout());
        CommandLine.Result tools = CommandLine.tessera("--help:tools");
        assertTrue(tools.stdout().contains("--inspect.Suspend") && tools.stdout().contains("--coverage.Output"), tools.stdout());
    }

    @Test
    void doubleDashEndsTheOptions() throws Exception {
        Path script = dir.resolve("-odd.py");
        Files.writeString(script, "import sys\nprint(sys.argv)\n");
        CommandLine.Result r = CommandLine.tessera(dir, null, "--", "-odd.py", "-x");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("['-odd.py', '-x']\n", r.stdout());
    }

    /**
     * ./tessera runs on the runtime image with the AOT cache of the training run: the launcher's,
     * Truffle's and the compiler's classes come from the cache, not from the jars (start-up 0.8 s
     * without it, ~0.3 s with it).
     */
    @Test
    void startsFromTheAotCache() throws Exception {
        CommandLine.Result r = CommandLine.tessera(java.util.Map.of("TESSERA_JAVA_OPTS", "-Xlog:class+load:stderr"), TestSupport.repositoryRoot(), null, "-c", "print('hi')");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("hi\n", r.stdout());
        for (String type : new String[]{"org.tessera.lang.TesseraLanguage", "com.oracle.truffle.api.TruffleLanguage", "jdk.graal.compiler.hotspot.HotSpotGraalCompiler"}) {
            assertTrue(r.stderr().contains(type + " source: shared objects file"), type + " not from the AOT cache:\n" + r.stderr().lines().filter(l -> l.contains(type)).toList());
        }
    }

    /** TESSERA_AOT=0: the plain JDK, the compiler on --upgrade-module-path, no cache — still compiled. */
    @Test
    void runsWithoutTheRuntimeImage() throws Exception {
        CommandLine.Result r = CommandLine.tessera(java.util.Map.of("TESSERA_AOT", "0"), TestSupport.repositoryRoot(), null,
                        "--experimental-options", "--engine.TraceCompilation", "--engine.BackgroundCompilation=false", "-c", "def f(n):\n    return n + 1\nfor i in range(20000): f(i)\nprint(f(1))");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("2\n", r.stdout());
        assertTrue(r.stderr().contains("opt done") && r.stderr().contains("|Tier 1|"), r.stderr());
    }

    @Test
    void commandSetsArgv() throws Exception {
        CommandLine.Result r = CommandLine.tessera("-c", "import sys; print(sys.argv)", "a", "b");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("['-c', 'a', 'b']\n", r.stdout());
    }

    @Test
    void scriptArgumentsBecomeArgv() throws Exception {
        Files.writeString(dir.resolve("args.py"), "import sys\nprint(sys.argv)\n");
        CommandLine.Result r = CommandLine.tessera(dir, null, "args.py", "x", "--y");
        assertEquals("['args.py', 'x', '--y']\n", r.stdout());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsWithOne() throws Exception {
        Files.writeString(dir.resolve("boom.py"), "print('before')\ndef f():\n    return 1 / 0\nf()\n");
        CommandLine.Result r = CommandLine.tessera(dir, null, "boom.py");
        assertEquals(1, r.status());
        assertEquals("before\n", r.stdout());
        // the main program's file name is absolute, as in CPython 3.9 and later
        String file = dir.toAbsolutePath().resolve("boom.py").toString();
        assertEquals("""
                        Traceback (most recent call last):
                          File "%s", line 4, in <module>
                            f()
                          File "%s", line 3, in f
                            return 1 / 0
                        ZeroDivisionError: division by zero
                        """.formatted(file, file), r.stderr());
    }

    @Test
    void syntaxErrorShowsLineAndCaret() throws Exception {
        Files.writeString(dir.resolve("bad.py"), "x = 1\ny = (2 +\n");
        CommandLine.Result r = CommandLine.tessera(dir, null, "bad.py");
        assertEquals(1, r.status());
        assertTrue(r.stderr().startsWith("  File \"" + dir.toAbsolutePath().resolve("bad.py") + "\", line 2\n    y = (2 +\n        ^\n"), r.stderr());
        assertTrue(r.stderr().endsWith("SyntaxError: '(' was never closed\n"), r.stderr());
    }

    @Test
    void invalidUtf8InASourceFileIsCPythonsSyntaxError() throws Exception {
        Files.write(dir.resolve("latin.py"), "print('never')\ns = '\u00e9t\u00e9'\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Process python = new ProcessBuilder("python3", "latin.py").directory(dir.toFile()).redirectErrorStream(true).start();
        String expected = new String(python.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, python.waitFor());
        CommandLine.Result r = CommandLine.tessera(dir, null, "latin.py");
        assertEquals(1, r.status());
        assertEquals("", r.stdout());
        assertEquals(expected, r.stderr(), "the same SyntaxError as CPython's");
        assertTrue(r.stderr().startsWith("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file "), r.stderr());
    }

    @Test
    void sysExitStatusAndMessage() throws Exception {
        assertEquals(3, CommandLine.tessera("-c", "import sys; sys.exit(3)").status());
        CommandLine.Result r = CommandLine.tessera("-c", "import sys; sys.exit('bye')");
        assertEquals(1, r.status());
        assertEquals("bye\n", r.stderr());
    }

    @Test
    void programFromStdin() throws Exception {
        CommandLine.Result r = CommandLine.tessera(dir, "print(6 * 7)\n", "-");
        assertEquals("42\n", r.stdout(), r.stderr());
    }

    @Test
    void missingFileIsReportedWithStatusTwo() throws Exception {
        CommandLine.Result r = CommandLine.tessera(dir, null, "nope.py");
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("can't open file") && r.stderr().contains("[Errno 2] No such file or directory"), r.stderr());
    }

    @Test
    void unknownOptionIsAnErrorNotAStackTrace() throws Exception {
        CommandLine.Result r = CommandLine.tessera("--no-such-option", "-c", "pass");
        assertTrue(r.status() != 0);
        assertTrue(r.stderr().contains("no-such-option") && !r.stderr().contains("\tat "), r.stderr());
    }

    @Test
    void deepRecursionIsRecursionErrorAtAnyLimit() throws Exception {
        CommandLine.Result r = CommandLine.tessera("-c", """
                        import sys
                        sys.setrecursionlimit(200000)
                        def f(n):
                            return f(n + 1)
                        f(0)
                        """);
        assertEquals(1, r.status());
        assertTrue(r.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.stderr());
        assertTrue(r.stderr().contains("[Previous line repeated"), r.stderr());
    }

    @Test
    void cpuSamplerProfilesPythonFunctions() throws Exception {
        CommandLine.Result r = CommandLine.tessera("--cpusampler", "-c", """
                        def busy(n):
                            total = 0
                            for i in range(n):
                                total += i % 7
                            return total
                        for _ in range(30):
                            busy(200000)
                        """);
        assertEquals(0, r.status(), r.stderr());
        String report = r.stdout() + r.stderr();
        assertTrue(report.contains("busy"), report);
    }

    @Test
    void dashMRunsAModuleAsMainWithItsPathInArgv() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("helper.py"), "VALUE = 7\n");
        Files.writeString(pkg.resolve("tool.py"), """
                        import sys
                        import pkg.helper
                        print(__name__, sys.argv[0].endswith("tool.py"), sys.argv[1:], pkg.helper.VALUE)
                        """);
        CommandLine.Result r = CommandLine.tessera(dir, null, "-m", "pkg.tool", "a", "b");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("__main__ True ['a', 'b'] 7\n", r.stdout());
        CommandLine.Result missing = CommandLine.tessera(dir, null, "-m", "nosuchmodule");
        assertEquals(1, missing.status());
        assertEquals("tessera: No module named nosuchmodule\n", missing.stderr());
    }

    @Test
    void anUncaughtKeyboardInterruptExitsWith130() throws Exception {
        CommandLine.Result r = CommandLine.tessera("-c", "raise KeyboardInterrupt");
        assertEquals(130, r.status());
        assertTrue(r.stderr().endsWith("KeyboardInterrupt\n"), r.stderr());
    }
}
