package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.interop.ValueArray;

/** {@code map(function, *iterables)}. */
public final class PyMap extends PyIterator {
    private final Object function;
    private final Object[] iterators;

    public PyMap(Object function, Object[] iterators) {
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    public Object next() {
        Object[] args = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = Iteration.next(iterators[i]);
            if (item == null) {
                return null;
            }
            args[i] = item;
        }
        return CallSupport.call(function, args);
    }

    @Override
    public String getTypeName() {
        return "map";
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"function", "iterators"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "function" -> function;
            case "iterators" -> new ValueArray(iterators);
            default -> null;
        };
    }
}
