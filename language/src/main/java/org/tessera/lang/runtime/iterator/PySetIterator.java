package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.PySet;
import org.tessera.lang.runtime.exception.PyErrors;

/** Iterates a set in table order; changing the set's size meanwhile is an error, as in CPython. */
public final class PySetIterator extends PyIterator {
    private final PySet set;
    private final int expectedSize;
    private int index;
    private boolean exhausted;

    public PySetIterator(PySet set) {
        this.set = set;
        this.expectedSize = set.size();
    }

    @Override
    public Object next() {
        if (exhausted) {
            return null;
        }
        if (set.size() != expectedSize) {
            exhausted = true;
            throw PyErrors.runtimeError(null, "Set changed size during iteration");
        }
        while (index < set.tableSize()) {
            Object key = set.keyAt(index++);
            if (key != null) {
                return key;
            }
        }
        exhausted = true;
        return null;
    }

    @Override
    public String getTypeName() {
        return "set_iterator";
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"set"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "set" -> set;
            default -> null;
        };
    }
}
