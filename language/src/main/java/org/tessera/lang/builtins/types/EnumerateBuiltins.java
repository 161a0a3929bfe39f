package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.iterator.PyEnumerate;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code enumerate(iterable, start=0)}. */
public final class EnumerateBuiltins {
    private EnumerateBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "start?"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object iterable, Object start) {
            return new PyEnumerate(Iteration.getIterator(iterable), isNoValue(start) ? 0 : Numbers.asIndex(start));
        }
    }
}
