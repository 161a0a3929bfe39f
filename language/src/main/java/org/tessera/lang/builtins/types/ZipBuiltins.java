package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.iterator.PyZip;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code zip(*iterables)}. */
public final class ZipBuiltins {
    private ZipBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*iterables"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, PyTuple iterables) {
            Object[] iterators = new Object[iterables.size()];
            for (int i = 0; i < iterators.length; i++) {
                iterators[i] = Iteration.getIterator(iterables.get(i));
            }
            return new PyZip(iterators);
        }
    }
}
