package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.interop.ValueArray;

/** {@code zip(*iterables)}: stops with the shortest. */
public final class PyZip extends PyIterator {
    private final Object[] iterators;
    private boolean exhausted;

    public PyZip(Object[] iterators) {
        this.iterators = iterators;
        this.exhausted = iterators.length == 0;
    }

    @Override
    public Object next() {
        if (exhausted) {
            return null;
        }
        Object[] items = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = Iteration.next(iterators[i]);
            if (item == null) {
                exhausted = true;
                return null;
            }
            items[i] = item;
        }
        return new PyTuple(items);
    }

    @Override
    public String getTypeName() {
        return "zip";
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"iterators"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "iterators" -> new ValueArray(iterators);
            default -> null;
        };
    }
}
