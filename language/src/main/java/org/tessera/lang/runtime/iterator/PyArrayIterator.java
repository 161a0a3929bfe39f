package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.interop.ValueArray;

/** Iterates a fixed array: tuples, and snapshots such as reversed tuples. */
public final class PyArrayIterator extends PyIterator {
    private final Object[] items;
    private final String typeName;
    private int index;

    public PyArrayIterator(Object[] items, String typeName) {
        this.items = items;
        this.typeName = typeName;
    }

    @Override
    public Object next() {
        if (index < items.length) {
            return items[index++];
        }
        return null;
    }

    @Override
    public String getTypeName() {
        return typeName;
    }

    @Override
    public int lengthHint() {
        return items.length - index;
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"items"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "items" -> new ValueArray(items);
            default -> null;
        };
    }
}
