package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tilemachine.Offload} end to end: the instrument finds system calls by their built-in
 * node objects' names and their bytes on the program's output, and functions by their roots.
 */
class OffloadIT {
    /** Ten lines of 40 characters and a newline each: 41 bytes. */
    private static final String PRINTS = "for i in range(10):\n    print('x' * 40)\n";
    private static final String CALLS = "def f(a, b):\n    return a + b\n\ntotal = 0\nfor i in range(5):\n    total = f(total, i)\n";

    @TempDir
    Path temp;

    /** Runs {@code source} under the instrument (output unbuffered); returns its summary.json and stderr. */
    private String[] run(String source, String... options) throws IOException, InterruptedException {
        Path program = Files.writeString(temp.resolve("p" + System.nanoTime() + ".py"), source);
        Path stats = temp.resolve("s" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of("-u", "--tilemachine", "--tilemachine.Stats=" + stats));
        args.addAll(List.of(options));
        args.add(program.toString());
        CommandLine.Result r = CommandLine.tessera(args.toArray(String[]::new));
        assertEquals(0, r.status(), r::stderr);
        return new String[]{Files.readString(stats), r.stderr()};
    }

    /** {@code section.key} of summary.json; for the offload section's own (unique) keys, {@code key} anywhere. */
    private static long number(String json, String section, String key) {
        String prefix = section.equals("offload") ? "" : "\"" + section + "\"\\s*:\\s*\\{[^}]*?";
        Matcher m = Pattern.compile(prefix + "\"" + key + "\"\\s*:\\s*(-?[0-9]+)").matcher(json);
        assertTrue(m.find(), () -> section + "." + key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void coarseForwardsEachPrintWithItsBytes() throws Exception {
        String json = run(PRINTS, "--tilemachine.Offload=coarse")[0];
        assertEquals(10, number(json, "offload", "system_calls_forwarded"));
        // to the host: 10 × (24-byte header + 41 bytes printed); back: 10 × (24 + an 8-byte result)
        assertEquals(10, number(json, "to_host", "transfers"));
        assertEquals(10 * (24 + 41), number(json, "to_host", "bytes"));
        assertEquals(10 * (24 + 8), number(json, "to_device", "bytes"));
    }

    @Test
    void aFunctionCalledAsOftenAsTheThresholdStaysOnTheHost() throws Exception {
        String at = run(CALLS, "--tilemachine.Offload=fine", "--tilemachine.OffloadThreshold=5")[0];
        assertEquals(0, number(at, "offload", "offloaded_calls"));
        assertEquals(0, number(at, "to_device", "transfers"));
        String below = run(CALLS, "--tilemachine.Offload=fine", "--tilemachine.OffloadThreshold=4")[0];
        assertEquals(1, number(below, "offload", "offloaded_calls"), "the fifth call goes");
        // the call there: the frame's arguments, 8 bytes each — Tessera's frames carry one slot
        // more than the Python arguments, so 24 + 3 × 8; the result (24 + 8) back
        assertEquals(48, number(below, "to_device", "bytes"));
        assertEquals(32, number(below, "to_host", "bytes"));
    }

    @Test
    void offloadNoneChangesNothing() throws Exception {
        String[] plain = run(CALLS + PRINTS);
        String[] none = run(CALLS + PRINTS, "--tilemachine.Offload=none");
        assertEquals(plain[0], none[0]);
        assertEquals(plain[1], none[1]);
        assertFalse(plain[0].contains("offload"));
    }
}
