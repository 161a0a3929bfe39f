package org.tessera.lang.builtins.functions;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.runtime.PyModule;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Where {@code print} writes: {@code sys.stdout} as the program currently has it. */
final class SysStreams {
    private SysStreams() {
    }

    @TruffleBoundary
    static Object stdout(TesseraContext context) {
        PyModule sys = context.getModule("sys");
        if (sys != null) {
            Object out = sys.get("stdout");
            if (out != null) {
                return out;
            }
        }
        return context.getStdout();
    }
}
