package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.WriteTargetNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name = value}. */
public final class SetAttributeNode extends WriteTargetNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode value;
    @Child private SetAttributeCacheNode set;

    public SetAttributeNode(PyExpressionNode receiver, String name, PyExpressionNode value) {
        this.receiver = receiver;
        this.value = value;
        this.set = SetAttributeCacheNode.create(name);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        set.execute(receiver.executeGeneric(frame), v);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        set.execute(receiver.executeGeneric(frame), newValue);
    }
}
