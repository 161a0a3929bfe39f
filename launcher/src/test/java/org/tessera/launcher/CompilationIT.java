package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code ./tessera} runs on the optimizing Graal runtime: a hot function really gets compiled.
 * Compilation is made synchronous so the log is complete before the program ends.
 */
class CompilationIT {
    @Test
    void hotLoopIsCompiledByGraal() throws Exception {
        CommandLine.Result r = CommandLine.tessera("--experimental-options", "--engine.TraceCompilation", "--engine.BackgroundCompilation=false", "-c", """
                        def hot(n):
                            total = 0
                            i = 0
                            while i < n:
                                total += i % 3
                                i += 1
                            return total
                        for _ in range(50):
                            result = hot(100000)
                        print(result)
                        """);
        assertEquals(0, r.status(), r.stderr());
        assertEquals("99999\n", r.stdout());
        String log = r.stderr();
        assertTrue(log.lines().anyMatch(line -> line.contains("opt done") && line.contains("hot")), log);
        assertTrue(!log.contains("opt failed"), log);
    }

    /**
     * The attribute caches compiled: every function compiles on first call and caches hold one
     * entry, so class changes must invalidate compiled code, and megamorphic sites must still
     * answer right. Output as CPython's.
     */
    @Test
    void compiledInlineCachesFollowClassChanges() throws Exception {
        java.nio.file.Path dir = TestSupport.repositoryRoot().resolve("tests/python/classes");
        CommandLine.Result r = CommandLine.tessera(dir, "", "--experimental-options", "--engine.CompileImmediately", "--engine.BackgroundCompilation=false",
                        "--tessera.AttributeCacheLimit=1", "--tessera.CallCacheLimit=1", "inline_cache_invalidation.py");
        assertEquals(0, r.status(), r.stderr());
        assertEquals(java.nio.file.Files.readString(dir.resolve("inline_cache_invalidation.out")), r.stdout());
        assertTrue(!r.stderr().contains("opt failed"), r.stderr());
    }
}
