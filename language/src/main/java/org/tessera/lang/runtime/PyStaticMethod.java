package org.tessera.lang.runtime;

/** {@code staticmethod(f)}: looked up on a class or instance, gives {@code f} unbound. */
public final class PyStaticMethod extends PyValue {
    private final Object function;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.staticMethodType;
    }

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"__func__"};
    }

    @Override
    protected Object interopMember(String name) {
        return name.equals("__func__") ? function : null;
    }
}
