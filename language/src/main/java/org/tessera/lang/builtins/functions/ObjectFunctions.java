package org.tessera.lang.builtins.functions;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Formatter;
import org.tessera.lang.runtime.PyBoundMethod;
import org.tessera.lang.runtime.PyFunctionBase;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.PyValue;
import org.tessera.lang.runtime.StrOps;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Builtins about objects: types, attributes, identity, hashing, repr and formatting. */
public final class ObjectFunctions {
    private ObjectFunctions() {
    }

    @Builtin(name = "isinstance", params = {"obj", "class_or_tuple", "/"})
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isinstance(Object obj, Object classInfo) {
            if (classInfo instanceof PyTuple tuple) {
                for (Object item : tuple.getItems()) {
                    if (isinstance(obj, item)) {
                        return true;
                    }
                }
                return false;
            }
            InteropLibrary interop = InteropLibrary.getUncached();
            if (!(classInfo instanceof PyValue) && interop.isMetaObject(classInfo)) {
                // a class of another language (a Java class, a JavaScript constructor) answers itself
                try {
                    return interop.isMetaInstance(classInfo, obj);
                } catch (UnsupportedMessageException e) {
                    return false;
                }
            }
            return isSubclass(PyObjects.typeOf(obj), classInfo, "isinstance");
        }
    }

    @Builtin(name = "issubclass", params = {"cls", "class_or_tuple", "/"})
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean issubclass(Object cls, Object classInfo) {
            if (!(cls instanceof PyType type)) {
                throw PyErrors.typeError(null, "issubclass() arg 1 must be a class");
            }
            return isSubclass(type, classInfo, "issubclass");
        }
    }

    static boolean isSubclass(PyType type, Object classInfo, String function) {
        if (classInfo instanceof PyType expected) {
            return type.isSubtypeOf(expected);
        } else if (classInfo instanceof PyTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (isSubclass(type, item, function)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError(null, "%s() arg 2 must be a type, a tuple of types, or a union", function);
    }

    @Builtin(name = "callable", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class CallableNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean callable(Object obj) {
            if (obj instanceof PyFunctionBase || obj instanceof PyBoundMethod || obj instanceof PyType) {
                return true;
            }
            return obj instanceof PyObject && PyObjects.typeOf(obj).lookup("__call__") != null;
        }
    }

    @Builtin(name = "getattr", params = {"object", "name", "default?", "/"})
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object getattr(Object object, Object name, Object defaultValue) {
            String attr = attributeName(name, "getattr");
            if (isNoValue(defaultValue)) {
                return AttributeOps.getAttribute(object, attr);
            }
            try {
                Object value = AttributeOps.lookup(object, attr);
                return value == null ? defaultValue : value;
            } catch (PyException e) {
                if (PyErrors.isInstance(e.getPythonException(), ErrorType.AttributeError)) {
                    return defaultValue;
                }
                throw e;
            }
        }
    }

    static String attributeName(Object name, String function) {
        if (name instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "attribute name must be string, not '%s'", PyErrors.typeName(name));
    }

    @Builtin(name = "setattr", params = {"obj", "name", "value", "/"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object setattr(Object obj, Object name, Object value) {
            AttributeOps.setAttribute(obj, attributeName(name, "setattr"), value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "hasattr", params = {"obj", "name", "/"})
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean hasattr(Object obj, Object name) {
            try {
                return AttributeOps.lookup(obj, attributeName(name, "hasattr")) != null;
            } catch (PyException e) {
                if (PyErrors.isInstance(e.getPythonException(), ErrorType.AttributeError)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "delattr", params = {"obj", "name", "/"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object delattr(Object obj, Object name) {
            AttributeOps.deleteAttribute(obj, attributeName(name, "delattr"));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "hash", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PyBuiltinNode {
        @Specialization
        protected static long hash(Object obj) {
            return PyObjects.hash(obj);
        }
    }

    @Builtin(name = "id", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class IdNode extends PyBuiltinNode {
        @Specialization
        protected static long id(Object obj) {
            return PyObjects.id(obj);
        }
    }

    @Builtin(name = "repr", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PyBuiltinNode {
        @Specialization
        protected static String repr(Object obj) {
            return PyObjects.repr(obj);
        }
    }

    @Builtin(name = "ascii", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class AsciiNode extends PyBuiltinNode {
        @Specialization
        protected static String ascii(Object obj) {
            return StrOps.ascii(PyObjects.repr(obj));
        }
    }

    @Builtin(name = "format", params = {"value", "format_spec?", "/"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String format(Object value, Object spec) {
            if (isNoValue(spec)) {
                return Formatter.format(value, "");
            }
            if (!(spec instanceof String s)) {
                throw PyErrors.typeError(null, "format() argument 2 must be str, not %s", PyErrors.typeName(spec));
            }
            return Formatter.format(value, s);
        }
    }

    @Builtin(name = "globals", params = {})
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends PyBuiltinNode {
        @Specialization
        protected Object globals() {
            org.tessera.lang.runtime.PyModule module = org.tessera.lang.runtime.Frames.callerModule(0);
            return org.tessera.lang.runtime.Frames.globalsOf(module == null ? TesseraContext.get(this).getMainModule() : module);
        }
    }

    @Builtin(name = "dir", params = {"object?", "/"})
    @GenerateNodeFactory
    public abstract static class DirNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object dir(Object object) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            if (isNoValue(object)) {
                names.addAll(TesseraContext.get(this).getMainModule().boundNames());
            } else if (object instanceof org.tessera.lang.runtime.PyModule module) {
                names.addAll(module.boundNames());
            } else {
                PyType type = object instanceof PyType t ? t : PyObjects.typeOf(object);
                for (PyType t : type.getMro()) {
                    for (var entry : t.ownAttributes()) {
                        names.add(entry.getKey());
                    }
                }
                if (object instanceof PyObject instance) {
                    for (Object key : instance.getShape().getKeyList()) {
                        names.add(key.toString());
                    }
                }
            }
            return new PyList(names.toArray());
        }
    }

    @Builtin(name = "exit", params = {"code?", "/"})
    @GenerateNodeFactory
    public abstract static class ExitNode extends PyBuiltinNode {
        @Specialization
        protected static Object exit(Object code) {
            throw SystemExitFactory.systemExit(code);
        }
    }

    @Builtin(name = "quit", params = {"code?", "/"})
    @GenerateNodeFactory
    public abstract static class QuitNode extends PyBuiltinNode {
        @Specialization
        protected static Object quit(Object code) {
            throw SystemExitFactory.systemExit(code);
        }
    }
}
