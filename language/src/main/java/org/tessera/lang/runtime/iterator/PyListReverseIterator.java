package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.PyList;

/** {@code reversed(list)}. */
public final class PyListReverseIterator extends PyIterator {
    private final PyList list;
    private int index;

    public PyListReverseIterator(PyList list) {
        this.list = list;
        this.index = list.size() - 1;
    }

    @Override
    public Object next() {
        if (index >= 0 && index < list.size()) {
            return list.get(index--);
        }
        index = -1;
        return null;
    }

    @Override
    public String getTypeName() {
        return "list_reverseiterator";
    }

    @Override
    public int lengthHint() {
        return Math.max(0, index + 1);
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
