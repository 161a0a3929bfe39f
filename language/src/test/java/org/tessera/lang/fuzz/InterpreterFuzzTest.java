package org.tessera.lang.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided crash fuzzing of the whole language (Jazzer): any text run as a program ends
 * normally, with a Python exception, or stopped by its statement limit, never with an internal
 * error (a Java exception escaping as anything but a Python exception). Each input runs in a fresh
 * context of one engine, with a statement limit, a one-second deadline (after which it is
 * cancelled; not stopping then is a hang) and output to memory. {@code ./test} replays the corpus in
 * {@code InterpreterFuzzTestInputs/}; {@code scripts/fuzz/crashfuzz} fuzzes for real.
 */
class InterpreterFuzzTest {
    private static final Engine ENGINE = Engine.newBuilder("tessera").option("engine.WarnInterpreterOnly", "false").build();
    private static final ResourceLimits LIMITS = ResourceLimits.newBuilder().statementLimit(20_000, null).build();

    @FuzzTest(maxDuration = "8m")
    @DictionaryFile(resourcePath = "python.dict")
    void runsOrRaisesAPythonException(byte[] input) throws InterruptedException {
        String text = new String(input, StandardCharsets.UTF_8);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Context context = Context.newBuilder("tessera").engine(ENGINE).resourceLimits(LIMITS).out(sink).err(sink).build();
        Throwable[] failure = {null};
        Thread runner = new Thread(null, () -> {
            try {
                context.eval(Source.create("tessera", text));
            } catch (PolyglotException e) {
                if (e.isInternalError()) {
                    failure[0] = e;
                }
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "fuzzed-program", 256L << 20);
        runner.start();
        runner.join(1_000);
        if (runner.isAlive()) {
            try {
                context.close(true);
            } catch (PolyglotException | IllegalStateException cancelled) {
                // what close(true) does to a running program
            }
            runner.join(10_000);
            if (runner.isAlive()) {
                throw new AssertionError("hang: cancelling did not stop the program:\n" + text);
            }
        } else {
            try {
                context.close();
            } catch (PolyglotException e) {
                // a context stopped by its statement limit says so again when it is closed
                if (e.isInternalError()) {
                    failure[0] = failure[0] != null ? failure[0] : e;
                }
            }
        }
        if (failure[0] != null) {
            throw new AssertionError("internal error for:\n" + text, failure[0]);
        }
    }
}
