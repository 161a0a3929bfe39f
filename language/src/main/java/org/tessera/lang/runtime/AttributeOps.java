package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * Attribute access in general: {@code getattr}, {@code setattr}, {@code delattr} on every kind of
 * value. Instance attributes come before non-data class attributes; functions found on the class
 * are bound to the instance; the special attributes of built-in values ({@code __class__},
 * {@code __name__}, {@code args}...) are answered here.
 */
public final class AttributeOps {
    private AttributeOps() {
    }

    @TruffleBoundary
    public static Object getAttribute(Object object, String name) {
        Object value = lookup(object, name);
        if (value == null) {
            throw PyErrors.attributeError(null, object, name);
        }
        return value;
    }

    /** The attribute, or null if there is none (what {@code hasattr} asks). */
    @TruffleBoundary
    public static Object lookup(Object object, String name) {
        if (object instanceof PyType type) {
            return typeAttribute(type, name);
        } else if (object instanceof PyModule module) {
            Object v = module.get(name);
            return v != null ? v : name.equals("__name__") ? module.getName() : null;
        }
        PyType type = PyObjects.typeOf(object);
        Object classAttribute = type.lookup(name);
        if (object instanceof PyObject instance) {
            Object own = DynamicObjectLibrary.getUncached().getOrDefault(instance, name, null);
            if (own != null) {
                return own;
            }
        }
        if (classAttribute != null) {
            return bind(classAttribute, object);
        }
        Object special = specialAttribute(object, type, name);
        if (special != null) {
            return special;
        }
        if (object instanceof PyObject instance) {
            Object getattr = PyObjects.lookupUserSpecial(type, "__getattr__");
            if (getattr != null) {
                try {
                    return CallSupport.call(getattr, instance, name);
                } catch (org.tessera.lang.runtime.exception.PyException e) {
                    if (PyErrors.isInstance(e.getPythonException(), org.tessera.lang.runtime.exception.ErrorType.AttributeError)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        return null;
    }

    /** What looking up {@code attribute} on an instance gives: functions become bound methods. */
    public static Object bind(Object attribute, Object instance) {
        if (attribute instanceof PyFunction || attribute instanceof PyBuiltinFunction) {
            return new PyBoundMethod(instance, attribute);
        }
        return attribute;
    }

    private static Object typeAttribute(PyType type, String name) {
        Object v = type.lookup(name);
        if (v != null) {
            return v;
        }
        switch (name) {
            case "__name__":
                return type.getName();
            case "__qualname__":
                return type.getQualname();
            case "__module__":
                return type.getModuleName();
            case "__bases__":
                return new PyTuple(type.getBases().clone());
            case "__base__":
                return type.getBase() == null ? PyNone.NONE : type.getBase();
            case "__mro__":
                return new PyTuple(type.getMro().clone());
            case "__class__":
                return PyObjects.typeOf(type);
            case "__doc__":
                return PyNone.NONE;
            default:
                return null;
        }
    }

    private static Object specialAttribute(Object object, PyType type, String name) {
        if (name.equals("__class__")) {
            return type;
        }
        if (object instanceof PyBaseException e) {
            switch (name) {
                case "args":
                    return e.getArgs();
                case "__cause__":
                    return orNone(e.getCause());
                case "__context__":
                    return orNone(e.getContext());
                case "__suppress_context__":
                    return e.getSuppressContext();
                case "__traceback__":
                    return PyNone.NONE;
                case "code":
                    return PyErrors.isInstance(e, org.tessera.lang.runtime.exception.ErrorType.SystemExit) ? PyObjects.systemExitCode(e) : null;
                case "value":
                    if (PyErrors.isInstance(e, org.tessera.lang.runtime.exception.ErrorType.StopIteration)) {
                        return e.getArgs().size() == 0 ? PyNone.NONE : e.getArgs().get(0);
                    }
                    return null;
                default:
                    return null;
            }
        } else if (object instanceof PyFunctionBase f) {
            switch (name) {
                case "__name__":
                    return f.getName();
                case "__qualname__":
                    return f.getQualname();
                case "__doc__":
                    return object instanceof PyFunction pf ? pf.getDoc() : PyNone.NONE;
                case "__module__":
                    return object instanceof PyFunction pf ? pf.getGlobals().getName() : "builtins";
                case "__defaults__":
                    return f.getDefaults().length == 0 ? PyNone.NONE : new PyTuple(f.getDefaults().clone());
                default:
                    return object instanceof PyFunction pf ? pf.getAttribute(name) : null;
            }
        } else if (object instanceof PyBoundMethod m) {
            switch (name) {
                case "__self__":
                    return m.getSelf();
                case "__func__":
                    return m.getFunction();
                default:
                    return lookup(m.getFunction(), name);
            }
        } else if (object instanceof PyRange r) {
            switch (name) {
                case "start":
                    return r.startValue();
                case "stop":
                    return r.stopValue();
                case "step":
                    return r.stepValue();
                default:
                    return null;
            }
        } else if (object instanceof PySlice s) {
            switch (name) {
                case "start":
                    return s.getStart();
                case "stop":
                    return s.getStop();
                case "step":
                    return s.getStep();
                default:
                    return null;
            }
        }
        return null;
    }

    private static Object orNone(Object value) {
        return value == null ? PyNone.NONE : value;
    }

    @TruffleBoundary
    public static void setAttribute(Object object, String name, Object value) {
        if (object instanceof PyBaseException e && setExceptionField(e, name, value)) {
            return;
        }
        if (object instanceof PyObject instance) {
            Object setattr = PyObjects.lookupUserSpecial(instance.getPyType(), "__setattr__");
            if (setattr != null) {
                CallSupport.call(setattr, instance, name, value);
                return;
            }
            DynamicObjectLibrary.getUncached().put(instance, name, value);
        } else if (object instanceof PyType type) {
            if (type.isBuiltin()) {
                throw PyErrors.typeError(null, "cannot set '%s' attribute of immutable type '%s'", name, type.getName());
            }
            type.setAttribute(name, value);
        } else if (object instanceof PyFunction f) {
            switch (name) {
                case "__name__" -> f.setName(PyObjects.str(value));
                case "__qualname__" -> f.setQualname(PyObjects.str(value));
                case "__doc__" -> f.setDoc(value);
                default -> f.setAttribute(name, value);
            }
        } else if (object instanceof PyModule module) {
            module.set(name, value);
        } else {
            throw PyErrors.attributeError(null, object, name);
        }
    }

    private static boolean setExceptionField(PyBaseException e, String name, Object value) {
        switch (name) {
            case "args":
                e.setArgs(new PyTuple(Iteration.toArray(value)));
                return true;
            case "__cause__":
                e.setCause(value == PyNone.NONE ? null : value);
                return true;
            case "__context__":
                e.setContext(value == PyNone.NONE ? null : value);
                return true;
            case "__suppress_context__":
                e.setSuppressContext(PyObjects.isTrue(value));
                return true;
            default:
                return false;
        }
    }

    @TruffleBoundary
    public static void deleteAttribute(Object object, String name) {
        boolean removed;
        if (object instanceof PyObject instance) {
            removed = DynamicObjectLibrary.getUncached().removeKey(instance, name);
        } else if (object instanceof PyType type && !type.isBuiltin()) {
            removed = type.deleteAttribute(name);
        } else if (object instanceof PyFunction f) {
            removed = f.deleteAttribute(name);
        } else if (object instanceof PyModule module) {
            removed = module.get(name) != null;
            module.getCell(name).clear();
        } else if (object instanceof PyType type) {
            throw PyErrors.typeError(null, "cannot delete '%s' attribute of immutable type '%s'", name, type.getName());
        } else {
            removed = false;
        }
        if (!removed) {
            throw PyErrors.attributeError(null, object, name);
        }
    }
}
