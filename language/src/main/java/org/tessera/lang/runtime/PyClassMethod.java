package org.tessera.lang.runtime;

/** {@code classmethod(f)}: looked up on a class or instance, gives {@code f} bound to the class. */
public final class PyClassMethod extends PyValue {
    private final Object function;

    public PyClassMethod(Object function) {
        this.function = function;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.classMethodType;
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
