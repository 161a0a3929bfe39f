package org.tessera.lang.runtime;

/** A function bound to the object it was looked up on: calling it passes {@code self} first. */
public final class PyBoundMethod extends PyValue {
    private final Object self;
    private final Object function;

    public PyBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
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
}
