package org.tessera.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A built-in container that a program may derive from ({@code list}, {@code dict},
 * {@code tuple}, {@code set}, {@code frozenset}). An instance of a derived class is the same
 * Java object with its class recorded, so every built-in operation and method applies to it
 * unchanged; operations that a subclass may override check {@link #isExact()} first. Instances
 * of derived classes also carry a {@code __dict__} for their attributes.
 */
public abstract class PySubclassable extends PyValue {
    private PyType subclass;
    private PyDict instanceDict;

    /** True for an instance of the built-in class itself (not of a derived class). */
    public final boolean isExact() {
        return subclass == null;
    }

    /** The derived class of this instance, or null. */
    public final PyType getSubclass() {
        return subclass;
    }

    /** Makes this (new) instance one of {@code cls}; null or the built-in class itself keep it exact. */
    public final void setSubclass(PyType cls) {
        this.subclass = cls == null || cls.isBuiltin() ? null : cls;
    }

    /** The attributes of an instance of a derived class; null for exact instances. */
    @TruffleBoundary
    public final PyDict getInstanceDict() {
        if (instanceDict == null && subclass != null) {
            instanceDict = new PyDict();
        }
        return instanceDict;
    }

    @Override
    public final PyType getPyType(BuiltinTypes types) {
        return subclass != null ? subclass : builtinType(types);
    }

    /** The built-in class this value belongs to, ignoring any derived class. */
    public abstract PyType builtinType(BuiltinTypes types);

    /** An instance of a derived class shows its attributes as interop members. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return subclass == null ? null : (instanceDict == null ? new String[0] : instanceDict.stringKeys());
    }

    @Override
    protected Object interopMember(String name) {
        return instanceDict == null ? null : instanceDict.get(name);
    }
}
