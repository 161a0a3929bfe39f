package org.tessera.lang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.tessera.lang.runtime.interop.ValueArray;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

/**
 * A Python class: built-in ({@code int}, {@code list}, {@code ValueError}...) or defined by a
 * {@code class} statement. Attributes live in {@link #dict}; lookups follow the {@link #mro}.
 * Built-in types fill their dict lazily, on the first lookup, so that start-up does not pay
 * for methods a program never uses. Every change to a class invalidates its
 * {@link #getStableAssumption() stable assumption}, on which compiled attribute caches depend.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyType extends PyValue {
    @Override
    protected boolean interopExecutable() {
        return true;
    }

    @Override
    protected boolean interopInstantiable() {
        return true;
    }

    private final String name;
    private String qualname;
    private final String moduleName;
    @CompilationFinal(dimensions = 1) private PyType[] bases;
    @CompilationFinal(dimensions = 1) private PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private Consumer<PyType> lazyMembers;
    private Shape instanceShape;
    @CompilationFinal private Assumption stable;
    /** The attribute names instances may have when every class on the MRO declares {@code __slots__}; else null. */
    private java.util.Set<String> slots;
    /** The last instance reported to a tool as an allocation (see {@link Allocations}); set only while one listens. */
    private Object lastAllocated;
    /** Classes derived from this one (not from built-in types, which never change), to invalidate with it. */
    private List<java.lang.ref.WeakReference<PyType>> subclasses;

    public PyType(String name, String moduleName, PyType[] bases, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.moduleName = moduleName;
        this.bases = bases;
        this.builtin = builtin;
        this.stable = Truffle.getRuntime().createAssumption(name);
        this.mro = bases.length == 0 ? new PyType[]{this} : Mro.compute(this, bases);
        registerWithBases();
    }

    private void registerWithBases() {
        for (PyType base : bases) {
            if (!base.builtin) {
                if (base.subclasses == null) {
                    base.subclasses = new ArrayList<>();
                }
                base.subclasses.add(new java.lang.ref.WeakReference<>(this));
            }
        }
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String getModuleName() {
        return moduleName;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType getBase() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType[] getMro() {
        return mro;
    }

    /** Members that a built-in type installs on its first lookup. */
    public void setLazyMembers(Consumer<PyType> installer) {
        this.lazyMembers = installer;
    }

    /** The shape that new instances of this class start with (its dynamic type is this class). */
    public Shape getInstanceShape() {
        if (instanceShape == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            instanceShape = Shape.newBuilder().layout(PyObject.class, PyObject.LOOKUP).dynamicType(this).build();
        }
        return instanceShape;
    }

    /** The allowed instance attributes of a class whose instances have no {@code __dict__}, or null. */
    public java.util.Set<String> getSlots() {
        return slots;
    }

    public void setSlots(java.util.Set<String> slots) {
        this.slots = slots;
    }

    /** Remembers {@code instance} as the last one allocated; returns the one before. */
    Object swapLastAllocated(Object instance) {
        Object previous = lastAllocated;
        lastAllocated = instance;
        return previous;
    }

    public Assumption getStableAssumption() {
        return stable;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** This class's own attribute {@code key}, or null. */
    @TruffleBoundary
    public Object getOwn(String key) {
        ensureMembers();
        return dict.get(key);
    }

    /** The attribute {@code key} found along the MRO, or null. */
    @TruffleBoundary
    public Object lookup(String key) {
        for (PyType t : mro) {
            Object v = t.getOwn(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Memo of {@link #instanceMethod}; forgotten whenever this class or a base changes. */
    private java.util.HashMap<String, Object> instanceMethods;

    /**
     * The plain function that {@code instance.key(...)} runs for instances of this class without
     * an own attribute {@code key}, or null (no such function, or a {@code __getattribute__}
     * decides). Remembered per name: the megamorphic path of method calls asks on every call, as
     * CPython's method cache is asked.
     */
    @TruffleBoundary
    public PyFunctionBase instanceMethod(String key) {
        java.util.HashMap<String, Object> memo = instanceMethods;
        if (memo == null) {
            memo = new java.util.HashMap<>();
            instanceMethods = memo;
        }
        Object known = memo.get(key);
        if (known == null) {
            Object method = PyObjects.lookupUserSpecial(this, "__getattribute__") != null ? null : lookup(key);
            known = method instanceof PyFunctionBase ? method : PyNone.NONE;
            memo.put(key, known);
        }
        return known instanceof PyFunctionBase f ? f : null;
    }

    /** The class along the MRO that defines {@code key}, or null. */
    @TruffleBoundary
    public PyType lookupOwner(String key) {
        for (PyType t : mro) {
            if (t.getOwn(key) != null) {
                return t;
            }
        }
        return null;
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        ensureMembers();
        dict.put(key, value);
        invalidate();
    }

    @TruffleBoundary
    public boolean deleteAttribute(String key) {
        ensureMembers();
        boolean present = dict.remove(key) != null;
        invalidate();
        return present;
    }

    /** A snapshot of the own attributes, in definition order. */
    @TruffleBoundary
    public List<Map.Entry<String, Object>> ownAttributes() {
        ensureMembers();
        return new ArrayList<>(dict.entrySet());
    }

    /** Replaces {@code __bases__} (and with it the MRO) of a user class. */
    @TruffleBoundary
    public void setBases(PyType[] newBases) {
        this.bases = Arrays.copyOf(newBases, newBases.length);
        this.mro = Mro.compute(this, newBases);
        registerWithBases();
        invalidate();
    }

    /** A change to this class changes what lookups on it and on its subclasses find. */
    private void invalidate() {
        instanceMethods = null;
        stable.invalidate();
        stable = Truffle.getRuntime().createAssumption(name);
        if (subclasses != null) {
            for (java.lang.ref.WeakReference<PyType> ref : subclasses) {
                PyType sub = ref.get();
                if (sub != null && sub != this) {
                    sub.invalidate();
                }
            }
        }
    }

    private void ensureMembers() {
        Consumer<PyType> installer = lazyMembers;
        if (installer != null) {
            lazyMembers = null;
            installer.accept(this);
        }
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() {
        return qualname;
    }

    /** As CPython shows a class: {@code __main__.Point} for a program's class, {@code int} for a builtin. */
    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() {
        return builtin || moduleName == null || moduleName.equals("builtins") ? qualname : moduleName + "." + qualname;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        return PyObjects.typeOf(instance).isSubtypeOf(this);
    }

    @Override
    public String toString() {
        return builtin || moduleName.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + moduleName + "." + qualname + "'>";
    }

    /** Thrown by the C3 linearization when the bases admit no consistent order. */
    public static boolean isMroConflict(RuntimeException e) {
        return e instanceof Mro.MroConflict;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.typeType;
    }

    /**
     * A class defined in Python shows its own attributes (methods, class variables) and its
     * bases; a built-in class only its name, so that looking at it installs none of its methods.
     */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        if (builtin) {
            return new String[]{"__name__"};
        }
        List<String> names = new ArrayList<>(dict.keySet());
        names.add("__name__");
        names.add("__bases__");
        return names.toArray(new String[0]);
    }

    @Override
    protected Object interopMember(String key) {
        switch (key) {
            case "__name__":
                return name;
            case "__bases__":
                return builtin ? null : new ValueArray((Object[]) bases);
            default:
                return builtin ? null : dict.get(key);
        }
    }
}
