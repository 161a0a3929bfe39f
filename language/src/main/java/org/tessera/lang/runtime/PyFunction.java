package org.tessera.lang.runtime;


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

    public PyFunction(PyCode code, PyModule globals, Object[] defaults, Object[] kwDefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults == null ? NO_DEFAULTS : defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.getName();
        this.qualname = code.getQualname();
    }

    public PyCode getCode() {
        return code;
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
}
