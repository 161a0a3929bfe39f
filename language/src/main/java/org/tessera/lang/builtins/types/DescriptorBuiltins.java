package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.PyClassMethod;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyProperty;
import org.tessera.lang.runtime.PyStaticMethod;
import org.tessera.lang.runtime.PySuper;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** The constructors of {@code property}, {@code staticmethod}, {@code classmethod} and {@code super}. */
public final class DescriptorBuiltins {
    private DescriptorBuiltins() {
    }

    static Object orNull(Object value) {
        return PyBuiltinNode.isNoValue(value) || value == PyNone.NONE ? null : value;
    }

    @Builtin(name = "__new__", params = {"cls", "fget?", "fset?", "fdel?", "doc?"})
    @GenerateNodeFactory
    public abstract static class PropertyNewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object fget, Object fset, Object fdel, Object doc) {
            return new PyProperty(orNull(fget), orNull(fset), orNull(fdel), orNull(doc));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "/"})
    @GenerateNodeFactory
    public abstract static class StaticMethodNewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object function) {
            return new PyStaticMethod(function);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "/"})
    @GenerateNodeFactory
    public abstract static class ClassMethodNewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object function) {
            return new PyClassMethod(function);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "type?", "obj?", "/"})
    @GenerateNodeFactory
    public abstract static class SuperNewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object type, Object obj) {
            if (isNoValue(type)) {
                throw PyErrors.runtimeError(null, "super(): no arguments");
            }
            if (!(type instanceof PyType t)) {
                throw PyErrors.typeError(null, "super() argument 1 must be a type, not %s", PyErrors.typeName(type));
            }
            if (isNoValue(obj)) {
                throw PyErrors.runtimeError(null, "super(): unbound super objects are not supported");
            }
            boolean ok = obj instanceof PyType o ? o.isSubtypeOf(t) : org.tessera.lang.runtime.PyObjects.typeOf(obj).isSubtypeOf(t);
            if (!ok) {
                throw PyErrors.typeError(null, "super(type, obj): obj must be an instance or subtype of type");
            }
            return new PySuper(t, obj);
        }
    }
}
