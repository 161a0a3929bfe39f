package org.tessera.lang.nodes.function;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PySet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** The innermost step of a list, set or dict comprehension: adds one element to the result in a frame slot. */
public final class ComprehensionAppendNode extends PyStatementNode {
    @Child private PyExpressionNode element;
    @Child private PyExpressionNode value;
    private final int resultSlot;

    /** {@code value} is null except for dict comprehensions, where {@code element} is the key. */
    public ComprehensionAppendNode(int resultSlot, PyExpressionNode element, PyExpressionNode value) {
        this.resultSlot = resultSlot;
        this.element = element;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(resultSlot);
        Object e = element.executeGeneric(frame);
        if (result instanceof PyList list) {
            list.append(e);
        } else if (result instanceof PySet set) {
            add(set, e);
        } else {
            put((PyDict) result, e, value.executeGeneric(frame));
        }
    }

    @TruffleBoundary
    private void add(PySet set, Object e) {
        Location.run(this, () -> set.add(e));
    }

    @TruffleBoundary
    private void put(PyDict dict, Object key, Object v) {
        Location.run(this, () -> dict.put(key, v));
    }
}
