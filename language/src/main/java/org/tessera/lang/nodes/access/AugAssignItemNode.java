package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.TesseraTags.ElementReadTag;
import org.tessera.lang.TesseraTags.ElementWriteTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.arithmetic.PyBinaryNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * {@code receiver[key] OP= value}: receiver and key are evaluated once. For tools an element read,
 * an arithmetic operation and an element write; inputs are the receiver, the key and the value.
 */
public final class AugAssignItemNode extends PyStatementNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode key;
    @Child private PyExpressionNode value;
    @Child private GetItemNode getItem = GetItemNodeGen.create(null, null);
    @Child private PyBinaryNode operator;
    @Child private SetItemNode setItem = new SetItemNode(null, null, null);

    public AugAssignItemNode(PyExpressionNode receiver, PyExpressionNode key, PyBinaryNode operator, PyExpressionNode value) {
        this.receiver = receiver;
        this.key = key;
        this.operator = operator;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object object = receiver.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        Object old = getItem.executeWith(frame, object, k);
        Object result = operator.executeWith(frame, old, value.executeGeneric(frame));
        setItem.setItem(object, k, result);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ElementReadTag.class || tag == ElementWriteTag.class || tag == ArithmeticTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("operator", operator.getOperatorSymbol());
    }
}
