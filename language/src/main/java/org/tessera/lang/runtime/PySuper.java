package org.tessera.lang.runtime;

/**
 * {@code super(type, obj)}: attribute lookups go along the MRO of {@code obj}'s class (or of
 * {@code obj} itself when it is a class) starting after {@code type}, and bind to {@code obj}.
 */
public final class PySuper extends PyValue {
    private final PyType type;
    private final Object self;

    public PySuper(PyType type, Object self) {
        this.type = type;
        this.self = self;
    }

    public PyType getType() {
        return type;
    }

    public Object getSelf() {
        return self;
    }

    /** The class whose MRO the lookup follows. */
    public PyType getStartClass() {
        return self instanceof PyType t && t.isSubtypeOf(type) ? t : PyObjects.typeOf(self);
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.superType;
    }

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"__thisclass__", "__self__"};
    }

    @Override
    protected Object interopMember(String name) {
        return switch (name) {
            case "__thisclass__" -> type;
            case "__self__" -> self;
            default -> null;
        };
    }
}
