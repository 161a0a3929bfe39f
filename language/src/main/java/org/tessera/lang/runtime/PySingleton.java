package org.tessera.lang.runtime;

/** {@code NotImplemented} and {@code Ellipsis}: named singletons without behaviour of their own. */
public final class PySingleton extends PyValue {
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis");

    private final String name;

    private PySingleton(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return this == NOT_IMPLEMENTED ? types.notImplementedType : types.ellipsisType;
    }
}
