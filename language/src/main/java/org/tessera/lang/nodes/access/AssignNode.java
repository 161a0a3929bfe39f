package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.local.WriteTargetNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code t1 = t2 = value}: evaluates the value once and assigns it to each target, left to right. */
public final class AssignNode extends PyStatementNode {
    @Child private PyExpressionNode value;
    @Children private final WriteTargetNode[] targets;

    public AssignNode(PyExpressionNode value, WriteTargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        for (WriteTargetNode target : targets) {
            target.executeWrite(frame, v);
        }
    }
}
