package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyTuple;

/** {@code enumerate(iterable, start)}. */
public final class PyEnumerate extends PyIterator {
    private final Object iterator;
    private long count;

    public PyEnumerate(Object iterator, long start) {
        this.iterator = iterator;
        this.count = start;
    }

    @Override
    public Object next() {
        Object item = Iteration.next(iterator);
        if (item == null) {
            return null;
        }
        return PyTuple.of(count++, item);
    }

    @Override
    public String getTypeName() {
        return "enumerate";
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"iterator"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "iterator" -> iterator;
            default -> null;
        };
    }
}
