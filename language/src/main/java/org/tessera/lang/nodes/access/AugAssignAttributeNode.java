package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.arithmetic.PyBinaryNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name OP= value}: the receiver is evaluated once. */
public final class AugAssignAttributeNode extends PyStatementNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode value;
    @Child private PyBinaryNode operator;
    @Child private GetAttributeCacheNode get;
    @Child private SetAttributeCacheNode set;

    public AugAssignAttributeNode(PyExpressionNode receiver, String name, PyBinaryNode operator, PyExpressionNode value) {
        this.receiver = receiver;
        this.get = GetAttributeCacheNode.create(name);
        this.set = SetAttributeCacheNode.create(name);
        this.operator = operator;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object object = receiver.executeGeneric(frame);
        Object old = get.execute(frame, object);
        Object result = operator.executeWith(frame, old, value.executeGeneric(frame));
        set.execute(object, result);
    }
}
