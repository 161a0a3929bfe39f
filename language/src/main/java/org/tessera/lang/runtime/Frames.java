package org.tessera.lang.runtime;

import org.tessera.lang.nodes.root.PyRootNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;

/** The Python frames on the stack, for the builtins that look at their caller ({@code globals()}). */
public final class Frames {
    private Frames() {
    }

    /** The module whose code is running {@code skip} Python frames below the innermost one. */
    @TruffleBoundary
    public static PyModule callerModule(int skip) {
        int[] remaining = {skip};
        return Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            RootNode root = instance.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t ? t.getRootNode() : null;
            if (!(root instanceof PyRootNode) || root.isInternal()) {
                return null;
            }
            PyModule module = moduleOf(instance.getFrame(FrameInstance.FrameAccess.READ_ONLY));
            if (module == null) {
                return null;
            }
            if (remaining[0]-- > 0) {
                return null;
            }
            return module;
        });
    }

    /** The module whose globals the code running in {@code frame} uses (for a generator body, its function's module), or null. */
    public static PyModule moduleOf(Frame frame) {
        Object[] arguments = frame.getArguments();
        if (arguments.length == 0) {
            return null;
        }
        Object first = arguments[0];
        if (first instanceof PyGenerator generator) {
            Object[] saved = generator.getFrame().getArguments();
            first = saved.length > 0 ? saved[0] : null;
        }
        if (first instanceof PyModule module) {
            return module;
        } else if (first instanceof PyFunction function) {
            return function.getGlobals();
        }
        return null;
    }

    /** {@code globals()}: a snapshot of the calling module's names and values. */
    @TruffleBoundary
    public static PyDict globalsOf(PyModule module) {
        PyDict dict = new PyDict();
        for (String name : module.boundNames()) {
            dict.put(name, module.get(name));
        }
        return dict;
    }
}
