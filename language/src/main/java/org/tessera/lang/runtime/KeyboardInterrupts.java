package org.tessera.lang.runtime;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;

import sun.misc.Signal;

/**
 * Signals for a program run by the launcher. Ctrl-C as in CPython: SIGINT raises KeyboardInterrupt in the program's thread at its next
 * safepoint (a loop back-edge or a call), where {@code except KeyboardInterrupt} can catch it.
 * Installed only when the launcher asks (option {@code tessera.KeyboardInterrupt}), at each
 * program or REPL entry it runs: a language embedded in someone else's application leaves the
 * process's signals alone.
 */
public final class KeyboardInterrupts {
    private KeyboardInterrupts() {
    }

    /** The exit status of a program ended by SIGTERM, as a shell reports a process killed by it: 128 + 15. */
    public static final int TERMINATED = 143;

    public static void install(Env env) {
        // SIGTERM: what the program wrote is flushed (CPython would lose it) and it exits with 143, at its
        // next safepoint; a program that reaches none within a few seconds is halted all the same
        Signal.handle(new Signal("TERM"), signal -> {
            env.submitThreadLocal(null, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    TesseraContext context = TesseraContext.get(null);
                    context.flushOutput();
                    context.getEnv().getContext().closeExited(access.getLocation(), TERMINATED);
                }
            });
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    return;
                }
                Runtime.getRuntime().halt(TERMINATED);
            }, "tessera-sigterm");
            halt.setDaemon(true);
            halt.start();
        });
        // every thread running Python in the context (the launcher runs the program on its own thread)
        Signal.handle(new Signal("INT"), signal -> env.submitThreadLocal(null, new ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                throw PyErrors.raise(access.getLocation(), ErrorType.KeyboardInterrupt, null);
            }
        }));
    }
}
