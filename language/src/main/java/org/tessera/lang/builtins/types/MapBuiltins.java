package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.iterator.PyMap;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code map(function, *iterables)}. */
public final class MapBuiltins {
    private MapBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "function", "*iterables"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object function, PyTuple iterables) {
            if (iterables.size() == 0) {
                throw PyErrors.typeError(null, "map() must have at least two arguments.");
            }
            Object[] iterators = new Object[iterables.size()];
            for (int i = 0; i < iterators.length; i++) {
                iterators[i] = Iteration.getIterator(iterables.get(i));
            }
            return new PyMap(function, iterators);
        }
    }
}
