package org.tessera.lang.nodes.control;

import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.iterator.PyArrayIterator;
import org.tessera.lang.runtime.iterator.PyDictIterator;
import org.tessera.lang.runtime.iterator.PyIterator;
import org.tessera.lang.runtime.iterator.PyListIterator;
import org.tessera.lang.runtime.iterator.PyStrIterator;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** {@code iter(x)}, with the built-in iterables inline. */
public abstract class GetIteratorNode extends Node {

    public abstract Object execute(Object iterable);

    @Specialization(guards = "list.isExact()")
    protected static Object iterList(PyList list) {
        return new PyListIterator(list);
    }

    @Specialization(guards = "tuple.isExact()")
    protected static Object iterTuple(PyTuple tuple) {
        return new PyArrayIterator(tuple.getItems(), "tuple_iterator");
    }

    @Specialization
    protected static Object iterString(String string) {
        return new PyStrIterator(string);
    }

    @Specialization(guards = "dict.isExact()")
    protected static Object iterDict(PyDict dict) {
        return new PyDictIterator(dict, PyDictIterator.Kind.KEYS);
    }

    @Specialization
    protected static Object iterIterator(PyIterator iterator) {
        return iterator;
    }

    @Fallback
    protected Object iterGeneric(Object iterable) {
        return Location.at(this, () -> Iteration.getIterator(iterable));
    }
}
