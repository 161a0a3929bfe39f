package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.PyList;

/** Iterates a list by index, so appends during iteration are seen, as in CPython. */
public final class PyListIterator extends PyIterator {
    private PyList list;
    private int index;

    public PyListIterator(PyList list) {
        this.list = list;
    }

    @Override
    public Object next() {
        PyList l = list;
        if (l != null) {
            if (index < l.size()) {
                return l.get(index++);
            }
            list = null;
        }
        return null;
    }

    @Override
    public String getTypeName() {
        return "list_iterator";
    }

    @Override
    public int lengthHint() {
        return list == null ? 0 : Math.max(0, list.size() - index);
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"list"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "list" -> list;
            default -> null;
        };
    }
}
