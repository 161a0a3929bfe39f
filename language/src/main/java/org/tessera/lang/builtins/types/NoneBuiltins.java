package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.PyNone;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code NoneType}. */
public final class NoneBuiltins {
    private NoneBuiltins() {
    }

    /** {@code type(None)()}: the one None. */
    @Builtin(name = "__new__", params = {"cls", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") Object cls) {
            return PyNone.NONE;
        }
    }
}
