package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The REPL at a real terminal: {@code scripts/check-repl} types into {@code ./tessera} through a
 * pseudo-terminal (echo and {@code _}, blocks, brackets, tracebacks, Ctrl-C in a running loop,
 * history, {@code exit(3)}) and checks the screen.
 */
class ReplIT {
    @Test
    void theReplBehavesAtATerminal() throws Exception {
        CommandLine.tessera("--version");
        Process p = new ProcessBuilder("python3", TestSupport.repositoryRoot().resolve("scripts/check-repl").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), out);
        assertEquals("check-repl: ok\n", out);
    }
}
