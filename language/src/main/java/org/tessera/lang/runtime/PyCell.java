package org.tessera.lang.runtime;

/** A cell: a variable of a function that inner functions capture. {@code null} means unbound. */
public final class PyCell extends PyValue {
    private Object value;

    public PyCell(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.cellType;
    }
}
