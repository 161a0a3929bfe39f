package org.tessera.lang.runtime;

import org.tessera.lang.runtime.interop.ForeignObjects;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Calls from Java code (builtins, slow paths): the uncached equivalent of the call nodes. Every
 * kind of callable is handled: functions, bound methods, classes (construction through
 * {@code __new__} and {@code __init__}) and instances with {@code __call__}.
 */
public final class CallSupport {
    private CallSupport() {
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return call(callable, args, ArgumentMatcher.NO_KEYWORDS, ArgumentMatcher.NO_VALUES);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        if (callable instanceof PyFunctionBase fn) {
            return fn.getCallTarget().call(ArgumentMatcher.match(fn, args, kwNames, kwValues));
        } else if (callable instanceof PyBoundMethod method) {
            return call(method.getFunction(), prepend(method.getSelf(), args), kwNames, kwValues);
        } else if (callable instanceof PyType type) {
            return construct(type, args, kwNames, kwValues);
        } else if (callable instanceof PyStaticMethod sm) {
            return call(sm.getFunction(), args, kwNames, kwValues);
        } else if (callable instanceof PyObject object) {
            Object dunderCall = object.getPyType().lookup("__call__");
            if (dunderCall != null) {
                return call(dunderCall, prepend(object, args), kwNames, kwValues);
            }
        } else if (ForeignObjects.isForeign(callable) && kwNames.length == 0) {
            Object result = ForeignObjects.call(callable, args);
            if (result != null) {
                return result;
            }
        }
        throw PyErrors.notCallable(null, callable);
    }

    /** {@code type(*args, **kwargs)}: {@code __new__}, then {@code __init__} if it made an instance of type. */
    @TruffleBoundary
    public static Object construct(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        Object newMethod = type.lookup("__new__");
        if (newMethod == null) {
            throw PyErrors.typeError(null, "cannot create '%s' instances", type.getName());
        }
        Object instance = call(newMethod, prepend(type, args), kwNames, kwValues);
        if (instance instanceof PySubclassable container && container.isExact()) {
            return instance;
        }
        if (PyObjects.typeOf(instance).isSubtypeOf(type)) {
            Object init = type.lookup("__init__");
            if (init != null && init != objectInit()) {
                Object result = call(init, prepend(instance, args), kwNames, kwValues);
                if (result != PyNone.NONE) {
                    throw PyErrors.typeError(null, "__init__() should return None, not '%s'", PyErrors.typeName(result));
                }
            }
        }
        return instance;
    }

    private static Object objectInit() {
        return TesseraLanguage.get(null).getTypes().objectType.getOwn("__init__");
    }

    /** Calls the special method {@code name} of {@code self}'s class, or returns null if it has none. */
    @TruffleBoundary
    public static Object callSpecial(Object self, String name, Object... args) {
        Object method = PyObjects.typeOf(self).lookup(name);
        if (method == null || method == PyNone.NONE) {
            return null;
        }
        return call(method, prepend(self, args));
    }

    /** How CPython names a callable in argument errors: {@code module.qualname()}, module omitted for builtins. */
    @TruffleBoundary
    public static String functionStr(Object callable) {
        if (callable instanceof PyBoundMethod method) {
            return functionStr(method.getFunction());
        } else if (callable instanceof PyFunction f) {
            String module = f.getGlobals().getName();
            return (module.equals("builtins") ? "" : module + ".") + f.getQualname() + "()";
        } else if (callable instanceof PyBuiltinFunction f) {
            return f.getQualname() + "()";
        } else if (callable instanceof PyType type) {
            return (type.isBuiltin() ? "" : type.getModuleName() + ".") + type.getQualname() + "()";
        }
        return PyObjects.typeOf(callable).getName() + " object";
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
