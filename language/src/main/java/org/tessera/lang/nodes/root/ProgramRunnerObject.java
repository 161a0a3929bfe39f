package org.tessera.lang.nodes.root;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/** What evaluating {@code <tessera-main>} gives the embedder: an executable that runs programs (see {@link MainRootNode}). */
@ExportLibrary(InteropLibrary.class)
public final class ProgramRunnerObject implements TruffleObject {
    private final RootCallTarget main;

    public ProgramRunnerObject(RootCallTarget main) {
        this.main = main;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments, @Cached IndirectCallNode call) {
        Object[] strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = InteropLibrary.getUncached().isString(arguments[i]) ? asString(arguments[i]) : arguments[i];
        }
        return call.call(main, strings);
    }

    private static String asString(Object value) {
        try {
            return InteropLibrary.getUncached().asString(value);
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
            throw new IllegalArgumentException("expected a string", e);
        }
    }
}
