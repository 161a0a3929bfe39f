package org.tessera.lang.builtins.modules;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Frames;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyModule;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code _tessera}: what the bundled library modules need from the implementation. */
public final class TesseraModule {
    private TesseraModule() {
    }

    /** The {@code __name__} of the module that called the function calling this (as {@code sys._getframe(2)} would see). */
    @Builtin(name = "caller_module_name", params = {"depth?", "/"})
    @GenerateNodeFactory
    public abstract static class CallerModuleNameNode extends PyBuiltinNode {
        @Specialization
        protected static Object caller(Object depth) {
            int skip = isNoValue(depth) ? 1 : (int) Numbers.asIndex(depth);
            PyModule module = Frames.callerModule(skip);
            return module == null ? "__main__" : module.getName();
        }
    }
}
