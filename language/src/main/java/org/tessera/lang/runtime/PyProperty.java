package org.tessera.lang.runtime;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor on a class. Missing functions are null. */
public final class PyProperty extends PyValue {
    private final Object getter;
    private final Object setter;
    private final Object deleter;
    private final Object doc;

    public PyProperty(Object getter, Object setter, Object deleter, Object doc) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
    }

    public Object getGetter() {
        return getter;
    }

    public Object getSetter() {
        return setter;
    }

    public Object getDeleter() {
        return deleter;
    }

    public Object getDoc() {
        return doc;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.propertyType;
    }

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"fget", "fset", "fdel", "__doc__"};
    }

    @Override
    protected Object interopMember(String name) {
        return switch (name) {
            case "fget" -> orNone(getter);
            case "fset" -> orNone(setter);
            case "fdel" -> orNone(deleter);
            case "__doc__" -> orNone(doc);
            default -> null;
        };
    }

    private static Object orNone(Object value) {
        return value == null ? PyNone.NONE : value;
    }
}
