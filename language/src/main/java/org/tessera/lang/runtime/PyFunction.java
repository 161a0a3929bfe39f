package org.tessera.lang.runtime;

import java.util.Arrays;
import java.util.Objects;

import org.tessera.lang.runtime.interop.ValueArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/** A Python function object: code plus the defaults, closure cells and globals of one definition. */
public final class PyFunction extends PyFunctionBase {
    private static final Object[] NO_DEFAULTS = new Object[0];

    private final PyCode code;
    private final PyModule globals;
    private final PyCell[] closure;
    private Object[] defaults;
    private Object[] kwDefaults;
    private String name;
    private String qualname;
    private Object doc = PyNone.NONE;
    private PyDict attributes;
    /** The context that made this function; its calls count their depth there. */
    private final org.tessera.lang.TesseraContext context;

    public PyFunction(PyCode code, PyModule globals, Object[] defaults, Object[] kwDefaults, PyCell[] closure, org.tessera.lang.TesseraContext context) {
        this.context = context;
        this.code = code;
        this.globals = globals;
        this.defaults = defaults == null ? NO_DEFAULTS : defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.getName();
        this.qualname = code.getQualname();
        Allocations.created(this);
    }

    public PyCode getCode() {
        return code;
    }

    public org.tessera.lang.TesseraContext getContext() {
        return context;
    }

    public PyModule getGlobals() {
        return globals;
    }

    public PyCell[] getClosure() {
        return closure;
    }

    @Override
    public Signature getSignature() {
        return code.getSignature();
    }

    @Override
    public RootCallTarget getCallTarget() {
        return code.getCallTarget();
    }

    @Override
    public Object getCallKey() {
        return code;
    }

    @Override
    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    @Override
    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(Object[] kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    /** A function attribute set by Python code ({@code f.x = 1}), or null. */
    @TruffleBoundary
    public Object getAttribute(String key) {
        return attributes == null ? null : attributes.get(key);
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        getDict().put(key, value);
    }

    @TruffleBoundary
    public boolean deleteAttribute(String key) {
        return attributes != null && attributes.remove(key) != null;
    }

    /** The function's {@code __dict__}: its attributes, live. */
    @TruffleBoundary
    public PyDict getDict() {
        if (attributes == null) {
            attributes = new PyDict();
        }
        return attributes;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.functionType;
    }

    private static final String[] MEMBERS = {"__name__", "__qualname__", "__module__", "__doc__", "__globals__", "__defaults__", "__kwdefaults__", "__closure__",
                    "__dict__"};

    /**
     * Tools see what a function holds on to: its globals, defaults and closure cells. The
     * defaults and cells come as read-only arrays (views, not Python tuples).
     */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return MEMBERS;
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "__name__" -> name;
            case "__qualname__" -> qualname;
            case "__module__" -> globals.getName();
            case "__doc__" -> doc;
            case "__globals__" -> globals;
            case "__defaults__" -> new ValueArray(defaults);
            case "__kwdefaults__" -> kwDefaults == null ? new ValueArray() : new ValueArray(nonNull(kwDefaults));
            case "__closure__" -> closure == null ? new ValueArray() : new ValueArray((Object[]) closure);
            case "__dict__" -> attributes == null ? PyNone.NONE : attributes;
            default -> null;
        };
    }

    private static Object[] nonNull(Object[] values) {
        return Arrays.stream(values).filter(Objects::nonNull).toArray();
    }
}
