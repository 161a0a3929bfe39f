package org.tessera.lang.runtime;

/** A Python {@code tuple}: an immutable array of values. */
public final class PyTuple extends PySubclassable {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    public PyTuple(Object[] items) {
        this.items = items;
        if (items.length > 0) {
            Allocations.created(this);
        }
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** The backing array; callers must not modify it. */
    public Object[] getItems() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public PyType builtinType(BuiltinTypes types) {
        return types.tupleType;
    }

    @Override
    protected int interopArraySize() {
        return items.length;
    }

    @Override
    protected Object interopArrayElement(int index) {
        return items[index];
    }
}
