package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code bool}. */
public final class BoolBuiltins {
    private BoolBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "x?", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static boolean create(@SuppressWarnings("unused") PyType cls, Object x) {
            return given(x) && PyObjects.isTrue(x);
        }
    }
}
