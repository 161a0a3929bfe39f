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
}
