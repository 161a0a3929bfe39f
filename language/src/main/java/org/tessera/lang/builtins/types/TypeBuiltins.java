package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.ClassBuilder;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code type}: {@code type(x)} gives the class of x. */
public final class TypeBuiltins {
    private TypeBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object create(@SuppressWarnings("unused") PyType cls, PyTuple args, @SuppressWarnings("unused") PyDict kwargs) {
            if (args.size() == 1) {
                return PyObjects.typeOf(args.get(0));
            }
            if (args.size() == 3 && args.get(0) instanceof String name && args.get(1) instanceof PyTuple bases && args.get(2) instanceof PyDict namespace) {
                Object module = namespace.get("__module__");
                return ClassBuilder.create(name, name, module instanceof String m ? m : "__main__", bases.getItems(), namespace);
            }
            throw PyErrors.typeError(null, "type() takes 1 or 3 arguments");
        }
    }

    @Builtin(name = "mro", params = {"self"})
    @GenerateNodeFactory
    public abstract static class MroNode extends PyBuiltinNode {
        @Specialization
        protected static Object mro(PyType self) {
            return new PyList(self.getMro().clone());
        }
    }
}
