package org.tessera.lang.runtime;

/** A cell: a variable of a function that inner functions capture. {@code null} means unbound. */
public final class PyCell extends PyValue {
    private Object value;

    public PyCell(Object value) {
        this.value = value;
        Allocations.created(this);
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

    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return value == null ? new String[0] : new String[]{"cell_contents"};
    }

    @Override
    protected Object interopMember(String name) {
        return name.equals("cell_contents") ? value : null;
    }
}
