package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;

import sun.misc.Signal;

/**
 * Ctrl-C as in CPython: SIGINT raises KeyboardInterrupt in the program's thread at its next
 * safepoint (a loop back-edge or a call), where {@code except KeyboardInterrupt} can catch it.
 * Installed only when the launcher asks (option {@code tessera.KeyboardInterrupt}), at each
 * program or REPL entry it runs: a language embedded in someone else's application leaves the
 * process's signals alone.
 */
public final class KeyboardInterrupts {
    private KeyboardInterrupts() {
    }

    public static void install(Env env) {
        // every thread running Python in the context (the launcher runs the program on its own thread)
        Signal.handle(new Signal("INT"), signal -> env.submitThreadLocal(null, new ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                throw PyErrors.raise(access.getLocation(), ErrorType.KeyboardInterrupt, null);
            }
        }));
    }
}
