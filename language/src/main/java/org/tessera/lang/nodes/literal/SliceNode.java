package org.tessera.lang.nodes.literal;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PySlice;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code lower:upper:step} inside a subscript; missing parts are None. */
public final class SliceNode extends PyExpressionNode {
    @Child private PyExpressionNode lower;
    @Child private PyExpressionNode upper;
    @Child private PyExpressionNode step;

    public SliceNode(PyExpressionNode lower, PyExpressionNode upper, PyExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = lower == null ? PyNone.NONE : lower.executeGeneric(frame);
        Object u = upper == null ? PyNone.NONE : upper.executeGeneric(frame);
        Object s = step == null ? PyNone.NONE : step.executeGeneric(frame);
        return new PySlice(l, u, s);
    }
}
