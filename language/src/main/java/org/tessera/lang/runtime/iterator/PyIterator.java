package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.BuiltinTypes;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.PyValue;

/** A built-in iterator. Its Python type name is that of CPython's corresponding class. */
public abstract class PyIterator extends PyValue {

    /** The next item, or {@code null} when the iterator is exhausted (and stays exhausted). */
    public abstract Object next();

    /** The name of this iterator's class in CPython, e.g. {@code list_iterator}. */
    public abstract String getTypeName();

    /** The element interop took to answer hasIteratorNextElement, until it asks for it. */
    private Object interopPeeked;

    @Override
    protected boolean interopIsIterator() {
        return true;
    }

    @Override
    protected boolean interopHasNext() {
        if (interopPeeked == null) {
            interopPeeked = next();
        }
        return interopPeeked != null;
    }

    @Override
    protected Object interopNext() {
        Object item = interopPeeked != null ? interopPeeked : next();
        interopPeeked = null;
        return item;
    }

    /** Items left, for {@code __length_hint__}; -1 if unknown. */
    public int lengthHint() {
        return -1;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.hiddenType(getTypeName());
    }
}
