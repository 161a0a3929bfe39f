package org.tessera.lang.nodes.control;

import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.iterator.PyArrayIterator;
import org.tessera.lang.runtime.iterator.PyIterator;
import org.tessera.lang.runtime.iterator.PyListIterator;
import org.tessera.lang.runtime.iterator.PyRangeIterator;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** {@code next(it)} returning null when exhausted; the common built-in iterators are inlined. */
public abstract class NextNode extends Node {

    public abstract Object execute(Object iterator);

    @Specialization
    protected static Object nextList(PyListIterator iterator) {
        return iterator.next();
    }

    @Specialization
    protected static Object nextRange(PyRangeIterator iterator) {
        return iterator.next();
    }

    @Specialization
    protected static Object nextArray(PyArrayIterator iterator) {
        return iterator.next();
    }

    @Specialization(replaces = {"nextList", "nextRange", "nextArray"})
    protected Object nextBuiltin(PyIterator iterator) {
        return Location.at(this, iterator::next);
    }

    @Fallback
    protected Object nextGeneric(Object iterator) {
        return Location.at(this, () -> Iteration.next(iterator));
    }
}
