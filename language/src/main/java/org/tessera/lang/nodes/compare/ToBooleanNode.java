package org.tessera.lang.nodes.compare;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** The truth value of an expression, as {@code if}, {@code while}, {@code not} and {@code and/or} test it. */
@NodeChild("value")
public abstract class ToBooleanNode extends PyExpressionNode {

    public abstract boolean executeBoolean(VirtualFrame frame);

    public abstract boolean executeWith(Object value);

    @Specialization
    protected static boolean fromBoolean(boolean value) {
        return value;
    }

    @Specialization
    protected static boolean fromLong(long value) {
        return value != 0;
    }

    @Specialization
    protected static boolean fromDouble(double value) {
        return value != 0;
    }

    @Specialization
    protected static boolean fromString(String value) {
        return !value.isEmpty();
    }

    @Specialization
    protected static boolean fromNone(@SuppressWarnings("unused") PyNone value) {
        return false;
    }

    @Specialization(guards = "value.isExact()")
    protected static boolean fromList(PyList value) {
        return value.size() != 0;
    }

    @Specialization(guards = "value.isExact()")
    protected static boolean fromTuple(PyTuple value) {
        return value.size() != 0;
    }

    @Specialization(guards = "value.isExact()")
    protected static boolean fromDict(PyDict value) {
        return value.size() != 0;
    }

    @Fallback
    protected boolean fromObject(Object value) {
        return Location.at(this, () -> PyObjects.isTrue(value));
    }
}
