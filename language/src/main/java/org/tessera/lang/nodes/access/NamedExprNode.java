package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.WriteTargetNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code (name := value)}: assigns and yields the value. */
public final class NamedExprNode extends PyExpressionNode {
    @Child private PyExpressionNode value;
    @Child private WriteTargetNode target;

    public NamedExprNode(PyExpressionNode value, WriteTargetNode target) {
        this.value = value;
        this.target = target;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        target.executeWrite(frame, v);
        return v;
    }
}
