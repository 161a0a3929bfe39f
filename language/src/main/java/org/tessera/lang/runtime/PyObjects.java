package org.tessera.lang.runtime;

import org.tessera.lang.runtime.interop.ForeignObjects;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * The general semantics of Python objects, for slow paths and builtins: type, truth, repr/str,
 * hash, equality of keys, length and identity. Nodes specialize the common cases and fall back
 * here. Special methods of user classes are honoured; those of built-in types are this code.
 */
public final class PyObjects {
    private static final ThreadLocal<IdentityHashMap<Object, Object>> REPR_IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);
    private static final Map<Object, Long> IDS = new WeakHashMap<>();
    private static long nextId = 0x7f0000001000L;

    private PyObjects() {
    }

    public static BuiltinTypes types() {
        return TesseraLanguage.get(null).getTypes();
    }

    @TruffleBoundary
    public static PyType typeOf(Object value) {
        return typeOf(value, types());
    }

    public static PyType typeOf(Object value, BuiltinTypes types) {
        if (value instanceof Long || value instanceof Integer) {
            return types.intType;
        } else if (value instanceof Boolean) {
            return types.boolType;
        } else if (value instanceof Double) {
            return types.floatType;
        } else if (value instanceof String) {
            return types.strType;
        } else if (value instanceof PyObject object) {
            return object.getPyType();
        } else if (value instanceof PyValue v) {
            return v.getPyType(types);
        }
        return types.hiddenType("foreign");
    }

    /**
     * The special method {@code name} as defined by a user class along the MRO of {@code type}, or
     * null if the first definition found belongs to a built-in type (whose behaviour is Java code).
     */
    @TruffleBoundary
    public static Object lookupUserSpecial(PyType type, String name) {
        for (PyType t : type.getMro()) {
            Object v = t.getOwn(name);
            if (v != null) {
                return t.isBuiltin() ? null : v;
            }
        }
        return null;
    }

    /** The special method {@code name} that a class derived from a built-in container defines for {@code value}, or null. */
    public static Object derivedSpecial(Object value, String name) {
        if (value instanceof PySubclassable derived && !derived.isExact()) {
            return lookupUserSpecial(derived.getSubclass(), name);
        }
        return null;
    }

    // ---- truth

    @TruffleBoundary
    public static boolean isTrue(Object value) {
        if (value instanceof PySubclassable derived && !derived.isExact() && (derivedSpecial(value, "__bool__") != null || derivedSpecial(value, "__len__") != null)) {
            return userTruth(value, derived.getSubclass());
        }
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof Double d) {
            return d != 0;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        } else if (value == PyNone.NONE) {
            return false;
        } else if (value instanceof PyList l) {
            return l.size() > 0;
        } else if (value instanceof PyTuple t) {
            return t.size() > 0;
        } else if (value instanceof PyBytes b) {
            return b.size() > 0;
        } else if (value instanceof PyDictView v) {
            return v.getDict().size() > 0;
        } else if (value instanceof PyDict d) {
            return d.size() > 0;
        } else if (value instanceof PySet s) {
            return s.size() > 0;
        } else if (value instanceof PyRange r) {
            return r.bigLength().signum() > 0;
        } else if (value instanceof PyDeque d && d.isExact()) {
            return d.size() > 0;
        } else if (value instanceof PyObject object) {
            return userTruth(object, object.getPyType());
        } else if (value instanceof PyValue v && v.getPyType(types()).lookup("__len__") instanceof PyFunctionBase) {
            return len(value) > 0;
        }
        return true;
    }

    private static boolean userTruth(Object object, PyType type) {
        Object bool = lookupUserSpecial(type, "__bool__");
        if (bool != null) {
            Object r = CallSupport.call(bool, object);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError(null, "__bool__ should return bool, returned %s", PyErrors.typeName(r));
        }
        if (lookupUserSpecial(type, "__len__") != null) {
            return len(object) > 0;
        }
        return true;
    }

    // ---- repr and str

    @TruffleBoundary
    public static String repr(Object value) {
        Object derivedRepr = derivedSpecial(value, "__repr__");
        if (derivedRepr != null) {
            return checkString(CallSupport.call(derivedRepr, value), "__repr__");
        }
        return builtinRepr(value);
    }

    /** The repr that the built-in class of {@code value} defines (what {@code list.__repr__(x)} gives). */
    @TruffleBoundary
    public static String builtinRepr(Object value) {
        if (value instanceof String s) {
            return StrOps.repr(s);
        } else if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Double d) {
            return FloatOps.repr(d);
        } else if (value instanceof PyBigInt big) {
            return IntFormat.toDecimalString(big.getValue());
        } else if (value instanceof PyBytes b) {
            return org.tessera.lang.parser.PythonRepr.bytes(b.getBytes());
        } else if (value instanceof PyObject object) {
            Object method = lookupUserSpecial(object.getPyType(), "__repr__");
            if (method != null) {
                return checkString(CallSupport.call(method, object), "__repr__");
            }
            if (object instanceof PyBaseException e) {
                return exceptionRepr(e);
            }
            return "<" + qualifiedName(object.getPyType()) + " object at " + hexId(object) + ">";
        }
        IdentityHashMap<Object, Object> inProgress = REPR_IN_PROGRESS.get();
        if (value instanceof PyList || value instanceof PyDict || value instanceof PySet) {
            if (inProgress.containsKey(value)) {
                return value instanceof PyList ? "[...]" : value instanceof PySet s ? PyObjects.typeOf(s).getName() + "(...)" : "{...}";
            }
        }
        inProgress.put(value, value);
        try {
            return containerOrOtherRepr(value);
        } finally {
            inProgress.remove(value);
        }
    }

    private static String containerOrOtherRepr(Object value) {
        if (value instanceof PyList list) {
            return sequenceRepr(list.getItems(), list.size(), "[", "]");
        } else if (value instanceof PyTuple tuple) {
            if (tuple.size() == 1) {
                return "(" + repr(tuple.get(0)) + ",)";
            }
            return sequenceRepr(tuple.getItems(), tuple.size(), "(", ")");
        } else if (value instanceof PyDict dict) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = 0; e < dict.entryLimit(); e++) {
                Object key = dict.keyAt(e);
                if (key != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(key)).append(": ").append(repr(dict.valueAt(e)));
                }
            }
            return sb.append('}').toString();
        } else if (value instanceof PySet set) {
            if (set.size() == 0) {
                return set.isFrozen() ? "frozenset()" : "set()";
            }
            StringBuilder sb = new StringBuilder(set.isFrozen() ? "frozenset({" : "{");
            boolean first = true;
            for (int i = 0; i < set.tableSize(); i++) {
                Object key = set.keyAt(i);
                if (key != null) {
                    sb.append(first ? "" : ", ").append(repr(key));
                    first = false;
                }
            }
            return sb.append(set.isFrozen() ? "})" : "}").toString();
        } else if (value instanceof PyRange r) {
            Object step = r.stepValue();
            return "range(" + repr(r.startValue()) + ", " + repr(r.stopValue()) + (step.equals(1L) ? ")" : ", " + repr(step) + ")");
        } else if (value instanceof PySlice s) {
            return "slice(" + repr(s.getStart()) + ", " + repr(s.getStop()) + ", " + repr(s.getStep()) + ")";
        } else if (value instanceof PyType t) {
            return t.toString();
        } else if (value instanceof PyFunction f) {
            return "<function " + f.getQualname() + " at " + hexId(f) + ">";
        } else if (value instanceof PyBuiltinFunction b) {
            if (b.getOwner() != null) {
                return "<method '" + b.getName() + "' of '" + b.getOwner().getName() + "' objects>";
            }
            return "<built-in function " + b.getName() + ">";
        } else if (value instanceof PyBoundMethod m) {
            if (m.getFunction() instanceof PyBuiltinFunction b) {
                return "<built-in method " + b.getName() + " of " + typeOf(m.getSelf()).getName() + " object at " + hexId(m.getSelf()) + ">";
            }
            String name = m.getFunction() instanceof PyFunctionBase f ? f.getQualname() : "?";
            return "<bound method " + name + " of " + repr(m.getSelf()) + ">";
        } else if (value instanceof PyModule m) {
            return m.get("__file__") instanceof String file ? "<module '" + m.getName() + "' from '" + file + "'>" : "<module '" + m.getName() + "' (built-in)>";
        } else if (value instanceof PyDictView view) {
            return view.getPyType(types()).getName() + "(" + repr(new PyList(Iteration.toArray(view))) + ")";
        } else if (value instanceof PyTextIO io) {
            return "<_io.TextIOWrapper name='" + io.getName() + "' mode='w' encoding='utf-8'>";
        } else if (value instanceof PyNone || value instanceof PySingleton) {
            return value.toString();
        }
        Object javaRepr = javaTypeSpecial(value, "__repr__");
        if (javaRepr != null) {
            return checkString(CallSupport.call(javaRepr, value), "__repr__");
        }
        PyType type = typeOf(value);
        return "<" + qualifiedName(type) + " object at " + hexId(value) + ">";
    }

    /**
     * A special method of a class implemented in Java outside the core (such as
     * {@code collections.deque}), for the generic operations to fall back on; null for the core
     * types, whose behaviour the operations implement directly.
     */
    @TruffleBoundary
    public static Object javaTypeSpecial(Object value, String name) {
        if (!(value instanceof PyValue) || value instanceof PyType || value instanceof PySubclassable) {
            return null;
        }
        PyType type = ((PyValue) value).getPyType(types());
        PyType owner = type.lookupOwner(name);
        if (owner == null || owner == types().objectType) {
            return null;
        }
        return owner.getOwn(name);
    }

    private static String sequenceRepr(Object[] items, int size, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String qualifiedName(PyType type) {
        return type.isBuiltin() ? type.getQualname() : type.getModuleName() + "." + type.getQualname();
    }

    private static String checkString(Object result, String method) {
        if (result instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s returned non-string (type %s)", method, PyErrors.typeName(result));
    }

    @TruffleBoundary
    public static String str(Object value) {
        Object derivedStr = derivedSpecial(value, "__str__");
        if (derivedStr != null) {
            return checkString(CallSupport.call(derivedStr, value), "__str__");
        }
        if (value instanceof String s) {
            return s;
        } else if (value instanceof PyObject object) {
            Object method = lookupUserSpecial(object.getPyType(), "__str__");
            if (method != null) {
                return checkString(CallSupport.call(method, object), "__str__");
            }
            if (object instanceof PyBaseException e) {
                return exceptionStr(e);
            }
        }
        return repr(value);
    }

    /** {@code str(e)} of BaseException: the sole argument, or the tuple of arguments. */
    @TruffleBoundary
    public static String exceptionStr(PyBaseException e) {
        PyTuple args = e.getArgs();
        if (PyErrors.isInstance(e, ErrorType.KeyError) && args.size() == 1) {
            return repr(args.get(0));
        }
        if (PyErrors.isInstance(e, ErrorType.SyntaxError)) {
            Object msg = attribute(e, "msg");
            Object filename = attribute(e, "filename");
            Object lineno = attribute(e, "lineno");
            if (msg != null && filename instanceof String f && lineno instanceof Long l) {
                return str(msg) + " (" + f + ", line " + l + ")";
            }
        }
        switch (args.size()) {
            case 0:
                return "";
            case 1:
                return str(args.get(0));
            default:
                return repr(args);
        }
    }

    private static String exceptionRepr(PyBaseException e) {
        PyTuple args = e.getArgs();
        String name = e.getPyType().getName();
        if (args.size() == 1) {
            return name + "(" + repr(args.get(0)) + ")";
        }
        return name + repr(args);
    }

    /** The last line of a traceback: {@code "TypeError: message"} or just the class name. */
    @TruffleBoundary
    public static String formatExceptionLine(PyBaseException e) {
        PyType type = e.getPyType();
        String name = type.isBuiltin() || type.getModuleName().equals("__main__") || type.getModuleName().equals("builtins") ? type.getQualname()
                        : type.getModuleName() + "." + type.getQualname();
        String message;
        try {
            Object msg = PyErrors.isInstance(e, ErrorType.SyntaxError) ? attribute(e, "msg") : null;
            message = msg != null ? str(msg) : str(e);
        } catch (RuntimeException failed) {
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    /** The process exit status that an uncaught {@code SystemExit} stands for. */
    @TruffleBoundary
    public static int systemExitStatus(PyBaseException e) {
        Object code = systemExitCode(e);
        if (code == PyNone.NONE) {
            return 0;
        } else if (code instanceof Long l) {
            return (int) (long) l;
        } else if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 1;
    }

    /** {@code SystemExit.code}: None without arguments, the argument, or the argument tuple. */
    public static Object systemExitCode(PyBaseException e) {
        PyTuple args = e.getArgs();
        return args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
    }

    /** An attribute stored on an object's dict, or null. */
    @TruffleBoundary
    public static Object attribute(PyObject object, String name) {
        return DynamicObjectLibrary.getUncached().getOrDefault(object, name, null);
    }

    // ---- hashing and keys

    @TruffleBoundary
    public static long hash(Object value) {
        if (value instanceof PySubclassable derived && !derived.isExact()) {
            Object h = derivedSpecial(value, "__hash__");
            if (h == PyNone.NONE || (h == null && derivedSpecial(value, "__eq__") != null)) {
                throw unhashable(value);
            }
            if (h != null) {
                return callHash(h, value);
            }
        }
        return builtinHash(value);
    }

    /** The hash that the built-in class of {@code value} defines. */
    @TruffleBoundary
    public static long builtinHash(Object value) {
        if (value instanceof String s) {
            return StrHash.hash(s);
        } else if (value instanceof Long l) {
            return IntOps.hash(l);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Double d) {
            return FloatOps.hash(d);
        } else if (value instanceof PyBigInt big) {
            return IntOps.hash(big.getValue());
        } else if (value instanceof Integer i) {
            return IntOps.hash(i);
        } else if (value instanceof PyTuple t) {
            return tupleHash(t);
        } else if (value instanceof PyBytes b) {
            return StrHash.hash(b.getBytes());
        } else if (value instanceof PySet set) {
            if (!set.isFrozen()) {
                throw unhashable(value);
            }
            return set.frozenHash();
        } else if (value instanceof PyList || value instanceof PyDict) {
            throw unhashable(value);
        } else if (value instanceof PyObject object) {
            return userHash(object);
        } else if (value == PyNone.NONE) {
            return NONE_HASH;
        }
        return identityHash(value);
    }

    private static long userHash(PyObject object) {
        PyType type = object.getPyType();
        for (PyType t : type.getMro()) {
            Object h = t.getOwn("__hash__");
            if (h != null) {
                if (h == PyNone.NONE) {
                    throw unhashable(object);
                }
                if (t.isBuiltin()) {
                    break;
                }
                return callHash(h, object);
            }
            if (!t.isBuiltin() && t.getOwn("__eq__") != null) {
                throw unhashable(object);
            }
        }
        return identityHash(object);
    }

    private static long callHash(Object method, Object self) {
        Object r = CallSupport.call(method, self);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof PyBigInt big) {
            return IntOps.hash(big.getValue());
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r == PyNone.NONE) {
            throw unhashable(self);
        }
        throw PyErrors.typeError(null, "__hash__ method should return an integer");
    }

    /**
     * CPython hashes None by its address; only the low bits, fixed by the binary's layout, decide
     * set order, and this value (from CPython 3.11 on x86-64 Linux) has the same low bits.
     */
    private static final long NONE_HASH = 8778926152638L;

    private static RuntimeException unhashable(Object value) {
        return PyErrors.typeError(null, "unhashable type: '%s'", PyErrors.typeName(value));
    }

    private static long identityHash(Object value) {
        long id = id(value);
        long h = (id >>> 4) | (id << 60);
        return h == -1 ? -2 : h;
    }

    private static long tupleHash(PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (int i = 0; i < t.size(); i++) {
            long lane = hash(t.get(i));
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    /** Key equality of dicts and containers: identity, else {@code ==}. */
    @TruffleBoundary
    public static boolean keyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa) {
            return b instanceof String sb && sa.equals(sb);
        }
        return CompareOps.eq(a, b);
    }

    // ---- length and identity

    /** {@code len(value)}. */
    @TruffleBoundary
    public static long len(Object value) {
        Object derivedLen = derivedSpecial(value, "__len__");
        if (derivedLen != null) {
            long n = Numbers.asIndex(CallSupport.call(derivedLen, value));
            if (n < 0) {
                throw PyErrors.valueError(null, "__len__() should return >= 0");
            }
            return n;
        }
        return builtinLen(value);
    }

    @TruffleBoundary
    public static long builtinLen(Object value) {
        if (value instanceof String s) {
            return StrOps.length(s);
        } else if (value instanceof PyList l) {
            return l.size();
        } else if (value instanceof PyTuple t) {
            return t.size();
        } else if (value instanceof PyBytes b) {
            return b.size();
        } else if (value instanceof PyDict d) {
            return d.size();
        } else if (value instanceof PyRange r) {
            if (r.isBig()) {
                throw PyErrors.overflowError(null, "Python int too large to convert to C ssize_t");
            }
            return r.length();
        } else if (value instanceof PyDictView v) {
            return v.getDict().size();
        } else if (value instanceof PySet s) {
            return s.size();
        } else if (value instanceof PyObject object) {
            Object method = lookupUserSpecial(object.getPyType(), "__len__");
            if (method != null) {
                Object r = CallSupport.call(method, object);
                long n = Numbers.asIndex(r);
                if (n < 0) {
                    throw PyErrors.valueError(null, "__len__() should return >= 0");
                }
                return n;
            }
        } else if (value instanceof PyValue v) {
            Object method = v.getPyType(types()).lookup("__len__");
            if (method != null) {
                return Numbers.asIndex(CallSupport.call(method, value));
            }
        }
        long foreign = ForeignObjects.length(value);
        if (foreign >= 0) {
            return foreign;
        }
        throw PyErrors.typeError(null, "object of type '%s' has no len()", PyErrors.typeName(value));
    }

    /** {@code id(value)}: stable for the object's lifetime; small ints and bools by value. */
    @TruffleBoundary
    public static long id(Object value) {
        if (value instanceof Long l) {
            return 0x7e0000000000L + (l << 5);
        } else if (value instanceof Boolean b) {
            return b ? 0x7d0000000020L : 0x7d0000000040L;
        } else if (value instanceof String || value instanceof Double) {
            return 0x7c0000000000L + ((long) System.identityHashCode(value) << 4);
        }
        synchronized (IDS) {
            Long id = IDS.get(value);
            if (id == null) {
                id = nextId;
                nextId += 48;
                IDS.put(value, id);
            }
            return id;
        }
    }

    public static String hexId(Object value) {
        return "0x" + Long.toHexString(id(value));
    }
}
