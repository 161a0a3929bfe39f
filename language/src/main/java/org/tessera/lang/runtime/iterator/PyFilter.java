package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;

/** {@code filter(function, iterable)}; a None function keeps the true items. */
public final class PyFilter extends PyIterator {
    private final Object function;
    private final Object iterator;

    public PyFilter(Object function, Object iterator) {
        this.function = function;
        this.iterator = iterator;
    }

    @Override
    public Object next() {
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            Object verdict = function == PyNone.NONE ? item : CallSupport.call(function, item);
            if (PyObjects.isTrue(verdict)) {
                return item;
            }
        }
        return null;
    }

    @Override
    public String getTypeName() {
        return "filter";
    }

    /** What this iterator keeps alive, as internal interop members for tools that walk the heap. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return includeInternal ? new String[]{"function", "iterator"} : new String[0];
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "function" -> function;
            case "iterator" -> iterator;
            default -> null;
        };
    }
}
