package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** The set-like methods of {@code dict_keys} and {@code dict_items}. */
public final class DictViewBuiltins {
    private DictViewBuiltins() {
    }

    @Builtin(name = "isdisjoint", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isdisjoint(Object self, Object other) {
            Object it = Iteration.getIterator(other);
            Object item;
            while ((item = Iteration.next(it)) != null) {
                if (Iteration.contains(self, item)) {
                    return false;
                }
            }
            return true;
        }
    }
}
