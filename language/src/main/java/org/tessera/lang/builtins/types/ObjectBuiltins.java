package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Allocations;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PySingleton;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code object}: the default construction, identity comparison and representation. */
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object create(PyType cls, PyTuple args, PyDict kwargs) {
            if (args.size() > 0 || kwargs.size() > 0) {
                PyType object = PyObjects.types().objectType;
                if (cls.lookup("__new__") != object.getOwn("__new__")) {
                    throw PyErrors.typeError(null, "object.__new__() takes exactly one argument (the type to instantiate)");
                } else if (cls.lookup("__init__") == object.getOwn("__init__")) {
                    throw PyErrors.typeError(null, "%s() takes no arguments", cls.getName());
                }
            }
            PyObject instance = new PyObject(cls.getInstanceShape());
            Allocations.created(instance);
            return instance;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object init(Object self, PyTuple args, PyDict kwargs) {
            PyType type = PyObjects.typeOf(self);
            if (args.size() > 0 || kwargs.size() > 0) {
                PyType object = PyObjects.types().objectType;
                if (type.lookup("__init__") != object.getOwn("__init__")) {
                    throw PyErrors.typeError(null, "object.__init__() takes exactly one argument (the instance to initialize)");
                } else if (type.lookup("__new__") == object.getOwn("__new__")) {
                    throw PyErrors.typeError(null, "%s.__init__() takes exactly one argument (the instance to initialize)", type.getName());
                }
            }
            return PyNone.NONE;
        }
    }

    static String attributeName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "attribute name must be string, not '%s'", PyErrors.typeName(name));
    }

    @Builtin(name = "__getattribute__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PyBuiltinNode {
        @Specialization
        protected static Object get(Object self, Object name) {
            return AttributeOps.genericGetAttribute(self, attributeName(name));
        }
    }

    @Builtin(name = "__setattr__", params = {"self", "name", "value", "/"})
    @GenerateNodeFactory
    public abstract static class SetAttributeNode extends PyBuiltinNode {
        @Specialization
        protected static Object set(Object self, Object name, Object value) {
            AttributeOps.genericSetAttribute(self, attributeName(name), value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    public abstract static class DelAttributeNode extends PyBuiltinNode {
        @Specialization
        protected static Object delete(Object self, Object name) {
            AttributeOps.genericDeleteAttribute(self, attributeName(name));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String repr(Object self) {
            PyType type = PyObjects.typeOf(self);
            String name = type.isBuiltin() ? type.getQualname() : type.getModuleName() + "." + type.getQualname();
            return "<" + name + " object at " + PyObjects.hexId(self) + ">";
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PyBuiltinNode {
        @Specialization
        protected static String str(Object self) {
            return PyObjects.repr(self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PyBuiltinNode {
        @Specialization
        protected static Object eq(Object self, Object other) {
            return self == other ? (Object) true : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PyBuiltinNode {
        @Specialization
        protected static Object ne(Object self, Object other) {
            return self == other ? (Object) false : PySingleton.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PyBuiltinNode {
        @Specialization
        protected static long hash(Object self) {
            return PyObjects.id(self) >>> 4;
        }
    }
}
