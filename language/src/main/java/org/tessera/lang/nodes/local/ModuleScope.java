package org.tessera.lang.nodes.local;

import org.tessera.lang.runtime.PyFunction;
import org.tessera.lang.runtime.PyModule;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Where a frame's globals are: frame argument 0 is the module itself for module code, and the
 * function object (which knows its module) for function code.
 */
public final class ModuleScope {
    private ModuleScope() {
    }

    public static PyModule getGlobals(VirtualFrame frame, boolean moduleLevel) {
        Object first = frame.getArguments()[0];
        if (moduleLevel) {
            return CompilerDirectives.castExact(first, PyModule.class);
        }
        return CompilerDirectives.castExact(first, PyFunction.class).getGlobals();
    }
}
