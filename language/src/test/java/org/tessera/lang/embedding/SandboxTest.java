package org.tessera.lang.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What an embedder relies on to run untrusted Python: limits, cancellation, interruption, no host access. */
@Timeout(60)
class SandboxTest {
    private static Context.Builder builder() {
        return Context.newBuilder("tessera").option("engine.WarnInterpreterOnly", "false");
    }

    @Test
    void statementLimitStopsAnInfiniteLoop() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        Context context = builder().resourceLimits(limits).build();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("tessera", "n = 0\nwhile True:\n    n += 1\n"));
        assertTrue(e.isResourceExhausted(), e::getMessage);
        assertTrue(e.isCancelled(), "the context cannot be used after its limit");
        closeCancelled(context);
    }

    @Test
    void statementLimitAllowsAProgramWithinIt() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        try (Context context = builder().resourceLimits(limits).build()) {
            context.eval("tessera", "def f():\n    t = 0\n    for i in range(10):\n        t += i\n    return t\n");
            assertEquals(45, context.getBindings("tessera").getMember("f").execute().asInt());
        }
    }

    @Test
    void closeWithCancelStopsARunningLoop() throws Exception {
        Context context = builder().build();
        CountDownLatch started = new CountDownLatch(1);
        context.getBindings("tessera").putMember("started", (ProxyExecutable) arguments -> {
            started.countDown();
            return null;
        });
        Thread canceller = new Thread(() -> {
            try {
                started.await(30, TimeUnit.SECONDS);
                context.close(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("tessera", "started()\nwhile True:\n    pass\n"));
        assertTrue(e.isCancelled(), e::getMessage);
        canceller.join();
    }

    /** Closes a cancelled context, which reports the cancellation once more. */
    private static void closeCancelled(Context context) {
        try {
            context.close();
        } catch (PolyglotException e) {
            assertTrue(e.isCancelled(), e::getMessage);
        }
    }

    @Test
    void interruptStopsARunningLoopAndTheContextLivesOn() throws Exception {
        try (Context context = builder().build()) {
            CountDownLatch started = new CountDownLatch(1);
            context.getBindings("tessera").putMember("started", (ProxyExecutable) arguments -> {
            started.countDown();
            return null;
        });
            Thread interrupter = new Thread(() -> {
                try {
                    started.await(30, TimeUnit.SECONDS);
                    context.interrupt(Duration.ofSeconds(30));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            interrupter.start();
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("tessera", "x = 0\nstarted()\nwhile True:\n    x += 1\n"));
            assertTrue(e.isInterrupted(), e::getMessage);
            interrupter.join();
            context.eval("tessera", "y = x + 1\n");
            assertTrue(context.getBindings("tessera").getMember("y").asLong() >= 1, "the context runs on after the interrupt, with the loop's state");
        }
    }

    @Test
    void hostAccessIsDeniedByDefault() {
        try (Context context = builder().build()) {
            Value bindings = context.getBindings("tessera");
            bindings.putMember("secret", new StringBuilder("hidden"));
            context.eval("tessera", """
                            try:
                                r = secret.toString()
                            except AttributeError as e:
                                r = 'AttributeError: ' + str(e)
                            """);
            assertTrue(bindings.getMember("r").asString().startsWith("AttributeError"), bindings.getMember("r").toString());
        }
    }

    @Test
    void hostAccessWhenAllowed() {
        try (Context context = builder().allowAllAccess(true).build()) {
            Value bindings = context.getBindings("tessera");
            bindings.putMember("sb", new StringBuilder("ab"));
            context.eval("tessera", "sb.append('cd')\nr = sb.toString()\nn = sb.length()\n");
            assertEquals("abcd", bindings.getMember("r").asString());
            assertEquals(4, bindings.getMember("n").asInt());
        }
    }

    @Test
    void hostExceptionsAreCaughtAsForeignExceptions() {
        try (Context context = builder().allowAllAccess(true).build()) {
            Value bindings = context.getBindings("tessera");
            bindings.putMember("sb", new StringBuilder("ab"));
            context.eval("tessera", """
                            import polyglot
                            try:
                                sb.charAt(99)
                                r = 'no error'
                            except polyglot.ForeignException as e:
                                r = str(e)
                            """);
            assertTrue(bindings.getMember("r").asString().contains("StringIndexOutOfBoundsException"), bindings.getMember("r").toString());
        }
    }
}
