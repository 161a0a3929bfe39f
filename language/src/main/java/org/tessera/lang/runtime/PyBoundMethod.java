package org.tessera.lang.runtime;

/** A function bound to the object it was looked up on: calling it passes {@code self} first. */
public final class PyBoundMethod extends PyValue {
    @Override
    protected boolean interopExecutable() {
        return true;
    }

    private final Object self;
    private final Object function;

    public PyBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
        Allocations.created(this);
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.methodType;
    }

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"__self__", "__func__"};
    }

    @Override
    protected Object interopMember(String name) {
        return switch (name) {
            case "__self__" -> self;
            case "__func__" -> function;
            default -> null;
        };
    }
}
