package org.tessera.lang.runtime;

import org.tessera.lang.runtime.interop.ForeignObjects;

import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

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
        PyType type = isUserInstance(object) ? PyObjects.typeOf(object) : null;
        Object getattr = type != null ? PyObjects.lookupUserSpecial(type, "__getattr__") : null;
        Object getattribute = type != null ? PyObjects.lookupUserSpecial(type, "__getattribute__") : null;
        if (getattribute != null) {
            try {
                return CallSupport.call(getattribute, object, name);
            } catch (PyException e) {
                if (getattr == null || !PyErrors.isInstance(e.getPythonException(), ErrorType.AttributeError)) {
                    throw e;
                }
                return CallSupport.call(getattr, object, name);
            }
        }
        if (getattr == null) {
            Object value = find(object, name);
            if (value == null) {
                throw PyErrors.attributeError(null, object, name);
            }
            return value;
        }
        try {
            Object value = find(object, name);
            if (value != null) {
                return value;
            }
        } catch (PyException e) {
            if (!PyErrors.isInstance(e.getPythonException(), ErrorType.AttributeError)) {
                throw e;
            }
        }
        return CallSupport.call(getattr, object, name);
    }

    /** The attribute, or null if there is none or getting it raises AttributeError (what {@code hasattr} asks). */
    @TruffleBoundary
    public static Object lookup(Object object, String name) {
        try {
            return getAttribute(object, name);
        } catch (PyException e) {
            if (PyErrors.isInstance(e.getPythonException(), ErrorType.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code object.__getattribute__}: the attribute without {@code __getattr__}, or AttributeError. */
    @TruffleBoundary
    public static Object genericGetAttribute(Object object, String name) {
        Object value = find(object, name);
        if (value == null) {
            throw PyErrors.attributeError(null, object, name);
        }
        return value;
    }

    /** The attribute without {@code __getattr__}, or null. */
    private static Object find(Object object, String name) {
        if (object instanceof PyType type) {
            return typeAttribute(type, name);
        } else if (object instanceof PyModule module) {
            Object v = module.get(name);
            return v != null ? v : name.equals("__name__") ? module.getName() : null;
        } else if (object instanceof PySuper sup) {
            return superAttribute(sup, name);
        } else if (ForeignObjects.isForeign(object)) {
            return ForeignObjects.getMember(object, name);
        }
        PyType type = PyObjects.typeOf(object);
        Object classAttribute = type.lookup(name);
        if (classAttribute instanceof PyProperty property) {
            return getProperty(property, object, name);
        }
        if (classAttribute instanceof PyObject descriptor && isDataDescriptor(descriptor)) {
            return CallSupport.callSpecial(descriptor, "__get__", object, type);
        }
        if (object instanceof PyObject instance) {
            Object own = DynamicObjectLibrary.getUncached().getOrDefault(instance, name, null);
            if (own != null) {
                return own;
            }
        } else if (object instanceof PySubclassable derived && !derived.isExact()) {
            Object own = derived.getInstanceDict().get(name);
            if (own != null) {
                return own;
            }
        }
        if (classAttribute != null) {
            return bind(classAttribute, object, type);
        }
        Object special = specialAttribute(object, type, name);
        if (special != null) {
            return special;
        }
        return null;
    }

    /** An instance of a class defined in Python: a {@link PyObject}, or a derived container. */
    public static boolean isUserInstance(Object object) {
        return object instanceof PyObject || (object instanceof PySubclassable derived && !derived.isExact());
    }

    private static boolean isDataDescriptor(PyObject descriptor) {
        PyType t = descriptor.getPyType();
        return PyObjects.lookupUserSpecial(t, "__get__") != null && (PyObjects.lookupUserSpecial(t, "__set__") != null || PyObjects.lookupUserSpecial(t, "__delete__") != null);
    }

    private static Object getProperty(PyProperty property, Object object, String name) {
        if (property.getGetter() == null) {
            throw PyErrors.format(null, org.tessera.lang.runtime.exception.ErrorType.AttributeError, "property '%s' of '%s' object has no getter", name,
                            PyErrors.typeName(object));
        }
        return CallSupport.call(property.getGetter(), object);
    }

    /** What looking up {@code attribute} on an instance gives: functions become bound methods. */
    public static Object bind(Object attribute, Object instance) {
        return bind(attribute, instance, PyObjects.typeOf(instance));
    }

    /** Descriptor binding of a class attribute found for {@code instance} of {@code type}. */
    @TruffleBoundary
    public static Object bind(Object attribute, Object instance, PyType type) {
        if (attribute instanceof PyFunction || attribute instanceof PyBuiltinFunction) {
            return new PyBoundMethod(instance, attribute);
        } else if (attribute instanceof PyStaticMethod sm) {
            return sm.getFunction();
        } else if (attribute instanceof PyClassMethod cm) {
            return new PyBoundMethod(type, cm.getFunction());
        } else if (attribute instanceof PyObject descriptor && PyObjects.lookupUserSpecial(descriptor.getPyType(), "__get__") != null) {
            return CallSupport.callSpecial(descriptor, "__get__", instance, type);
        }
        return attribute;
    }

    private static Object superAttribute(PySuper sup, String name) {
        if (name.equals("__class__")) {
            return PyObjects.typeOf(sup);
        }
        PyType start = sup.getStartClass();
        PyType[] mro = start.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != sup.getType()) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].getOwn(name);
            if (v != null) {
                if (sup.getSelf() instanceof PyType cls && v instanceof PyFunction) {
                    return v;
                }
                if (v instanceof PyProperty property) {
                    return getProperty(property, sup.getSelf(), name);
                }
                return bind(v, sup.getSelf(), start);
            }
        }
        return null;
    }

    private static Object typeAttribute(PyType type, String name) {
        Object v = type.lookup(name);
        if (v instanceof PyStaticMethod sm) {
            return sm.getFunction();
        } else if (v instanceof PyClassMethod cm) {
            return new PyBoundMethod(type, cm.getFunction());
        } else if (v instanceof PyObject descriptor && PyObjects.lookupUserSpecial(descriptor.getPyType(), "__get__") != null) {
            return CallSupport.callSpecial(descriptor, "__get__", PyNone.NONE, type);
        } else if (v != null) {
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
            case "__dict__":
                PyDict dict = new PyDict();
                for (var entry : type.ownAttributes()) {
                    dict.put(entry.getKey(), entry.getValue());
                }
                return dict;
            default:
                Object meta = PyObjects.typeOf(type).lookup(name);
                return meta == null ? null : bind(meta, type, PyObjects.typeOf(type));
        }
    }

    private static Object specialAttribute(Object object, PyType type, String name) {
        if (name.equals("__class__")) {
            return type;
        }
        if (Numbers.isInt(object)) {
            switch (name) {
                case "real", "numerator":
                    return object instanceof Boolean b ? (Object) (b ? 1L : 0L) : object;
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
                default:
                    return null;
            }
        } else if (object instanceof Double d) {
            switch (name) {
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                default:
                    return null;
            }
        } else if (object instanceof PyProperty property) {
            switch (name) {
                case "fget":
                    return orNone(property.getGetter());
                case "fset":
                    return orNone(property.getSetter());
                case "fdel":
                    return orNone(property.getDeleter());
                case "__doc__":
                    if (property.getDoc() != null) {
                        return property.getDoc();
                    }
                    return property.getGetter() == null ? PyNone.NONE : orNone(lookup(property.getGetter(), "__doc__"));
                default:
                    return null;
            }
        }
        if (name.equals("__dict__") && object instanceof PySubclassable derived && !derived.isExact()) {
            return derived.getInstanceDict();
        }
        if (name.equals("__dict__") && object instanceof PyObject instance && !(object instanceof PyBaseException) && type.getSlots() == null) {
            PyDict dict = new PyDict();
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            java.util.Set<String> slotted = declaredSlots(type);
            for (Object key : lib.getKeyArray(instance)) {
                if (!slotted.contains(key)) {
                    dict.put(key, lib.getOrDefault(instance, key, PyNone.NONE));
                }
            }
            return dict;
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
                    return new PyTraceback(e);
                case "code":
                    return PyErrors.isInstance(e, org.tessera.lang.runtime.exception.ErrorType.SystemExit) ? PyObjects.systemExitCode(e) : null;
                case "name", "path", "msg":
                    if (PyErrors.isInstance(e, ErrorType.ImportError)) {
                        return name.equals("msg") && e.getArgs().size() == 1 ? e.getArgs().get(0) : PyNone.NONE;
                    }
                    return null;
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
                case "__dict__":
                    return object instanceof PyFunction pf ? pf.getDict() : null;
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

    /** The names that classes on the MRO list in {@code __slots__}: stored in slots, not in {@code __dict__}. */
    private static java.util.Set<String> declaredSlots(PyType type) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (PyType t : type.getMro()) {
            Object declared = t.isBuiltin() ? null : t.getOwn("__slots__");
            if (declared instanceof String s) {
                names.add(s);
            } else if (declared != null) {
                for (Object item : Iteration.toArray(declared)) {
                    if (item instanceof String s) {
                        names.add(s);
                    }
                }
            }
        }
        return names;
    }

    private static Object orNone(Object value) {
        return value == null ? PyNone.NONE : value;
    }

    @TruffleBoundary
    public static void setAttribute(Object object, String name, Object value) {
        if (isUserInstance(object)) {
            Object setattr = PyObjects.lookupUserSpecial(PyObjects.typeOf(object), "__setattr__");
            if (setattr != null) {
                CallSupport.call(setattr, object, name, value);
                return;
            }
        }
        genericSetAttribute(object, name, value);
    }

    /** {@code object.__setattr__}: stores without consulting a user {@code __setattr__}. */
    @TruffleBoundary
    public static void genericSetAttribute(Object object, String name, Object value) {
        if (object instanceof PyBaseException e && setExceptionField(e, name, value)) {
            return;
        }
        if (isUserInstance(object)) {
            PyType type = PyObjects.typeOf(object);
            if (type == PyObjects.types().objectType) {
                throw PyErrors.attributeError(null, object, name);
            }
            Object classAttribute = type.lookup(name);
            if (classAttribute instanceof PyProperty property) {
                if (property.getSetter() == null) {
                    throw PyErrors.format(null, org.tessera.lang.runtime.exception.ErrorType.AttributeError, "property '%s' of '%s' object has no setter", name,
                                    PyErrors.typeName(object));
                }
                CallSupport.call(property.getSetter(), object, value);
                return;
            } else if (classAttribute instanceof PyObject descriptor && PyObjects.lookupUserSpecial(descriptor.getPyType(), "__set__") != null) {
                CallSupport.callSpecial(descriptor, "__set__", object, value);
                return;
            }
            if (object instanceof PyObject instance) {
                if (type.getSlots() != null && !type.getSlots().contains(name)) {
                    throw PyErrors.attributeError(null, object, name);
                }
                DynamicObjectLibrary.getUncached().put(instance, name, value);
            } else {
                ((PySubclassable) object).getInstanceDict().put(name, value);
            }
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
        if (isUserInstance(object)) {
            Object delattr = PyObjects.lookupUserSpecial(PyObjects.typeOf(object), "__delattr__");
            if (delattr != null) {
                CallSupport.call(delattr, object, name);
                return;
            }
        }
        genericDeleteAttribute(object, name);
    }

    /** {@code object.__delattr__}. */
    @TruffleBoundary
    public static void genericDeleteAttribute(Object object, String name) {
        boolean removed;
        if (object instanceof PyObject instance && instance.getPyType().lookup(name) instanceof PyProperty property) {
            if (property.getDeleter() == null) {
                throw PyErrors.format(null, org.tessera.lang.runtime.exception.ErrorType.AttributeError, "property '%s' of '%s' object has no deleter", name,
                                PyErrors.typeName(object));
            }
            CallSupport.call(property.getDeleter(), instance);
            return;
        } else if (object instanceof PyObject instance) {
            removed = DynamicObjectLibrary.getUncached().removeKey(instance, name);
        } else if (object instanceof PySubclassable derived && !derived.isExact()) {
            removed = derived.getInstanceDict().remove(name) != null;
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
