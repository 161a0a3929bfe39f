package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Creates classes: what a {@code class} statement and {@code type(name, bases, dict)} do. */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    @TruffleBoundary
    public static PyType create(String name, String qualname, String module, Object[] baseValues, PyDict namespace) {
        BuiltinTypes types = PyObjects.types();
        PyType[] bases = new PyType[baseValues.length == 0 ? 1 : baseValues.length];
        if (baseValues.length == 0) {
            bases[0] = types.objectType;
        }
        for (int i = 0; i < baseValues.length; i++) {
            if (!(baseValues[i] instanceof PyType base)) {
                throw PyErrors.typeError(null, "bases must be types");
            }
            if (!isSubclassable(base, types)) {
                throw PyErrors.typeError(null, "type '%s' is not an acceptable base type", base.getName());
            }
            bases[i] = base;
        }
        checkLayouts(bases);
        PyType type;
        try {
            type = new PyType(name, module, bases, false);
        } catch (RuntimeException conflict) {
            if (PyType.isMroConflict(conflict)) {
                StringBuilder names = new StringBuilder();
                for (PyType b : bases) {
                    names.append(names.length() == 0 ? "" : ", ").append(b.getName());
                }
                throw PyErrors.typeError(null, "Cannot create a consistent method resolution\norder (MRO) for bases %s", names);
            }
            throw conflict;
        }
        type.setQualname(qualname);
        boolean definesEq = false;
        boolean definesHash = false;
        for (int e = 0; e < namespace.entryLimit(); e++) {
            Object key = namespace.keyAt(e);
            if (key instanceof String attr) {
                type.setAttribute(attr, namespace.valueAt(e));
                definesEq |= attr.equals("__eq__");
                definesHash |= attr.equals("__hash__");
            }
        }
        type.setSlots(slotsOf(type, namespace.get("__slots__")));
        if (definesEq && !definesHash) {
            type.setAttribute("__hash__", PyNone.NONE);
        }
        if (type.getOwn("__module__") == null) {
            type.setAttribute("__module__", module);
        }
        Allocations.created(type);
        return type;
    }

    /**
     * The instance attributes allowed when this class and every Python class it derives from
     * declare {@code __slots__} (and none lists {@code __dict__}); null when instances have a dict.
     */
    private static java.util.Set<String> slotsOf(PyType type, Object declared) {
        if (declared == null) {
            return null;
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Object[] items = declared instanceof String s ? new Object[]{s} : Iteration.toArray(declared);
        for (Object item : items) {
            if (!(item instanceof String name)) {
                throw PyErrors.typeError(null, "__slots__ items must be strings, not '%s'", PyErrors.typeName(item));
            }
            if (name.equals("__dict__")) {
                return null;
            }
            names.add(name);
        }
        for (int i = 1; i < type.getMro().length; i++) {
            PyType base = type.getMro()[i];
            if (base.isBuiltin()) {
                continue;
            }
            if (base.getSlots() == null) {
                return null;
            }
            names.addAll(base.getSlots());
        }
        return names;
    }

    /** Classes may derive from object, from exceptions, from the built-in containers and from other user classes. */
    private static boolean isSubclassable(PyType base, BuiltinTypes types) {
        if (!base.isBuiltin()) {
            return true;
        }
        return base == types.objectType || base.isSubtypeOf(types.error(org.tessera.lang.runtime.exception.ErrorType.BaseException)) || base == types.listType ||
                        base == types.dictType || base == types.tupleType || base == types.setType || base == types.frozenSetType;
    }

    /**
     * The built-in class whose instance layout a class's instances have: the most derived built-in
     * class on its MRO (object, an exception class or a container).
     */
    public static PyType solidBase(PyType type) {
        BuiltinTypes types = PyObjects.types();
        PyType baseException = types.error(org.tessera.lang.runtime.exception.ErrorType.BaseException);
        for (PyType t : type.getMro()) {
            if (t.isBuiltin()) {
                return t.isSubtypeOf(baseException) ? baseException : t;
            }
        }
        return types.objectType;
    }

    /** CPython's check that all bases agree on the instance layout. */
    private static void checkLayouts(PyType[] bases) {
        PyType winner = null;
        for (PyType base : bases) {
            PyType solid = solidBase(base);
            if (winner == null || solid.isSubtypeOf(winner)) {
                winner = solid;
            } else if (!winner.isSubtypeOf(solid)) {
                throw PyErrors.typeError(null, "multiple bases have instance lay-out conflict");
            }
        }
    }
}
