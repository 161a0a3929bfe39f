package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.iterator.PyFilter;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code filter(function, iterable)}. */
public final class FilterBuiltins {
    private FilterBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "function", "iterable", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object function, Object iterable) {
            return new PyFilter(function, Iteration.getIterator(iterable));
        }
    }
}
