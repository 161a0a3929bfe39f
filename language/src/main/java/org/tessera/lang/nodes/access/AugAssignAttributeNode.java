package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.TesseraTags.AttributeReadTag;
import org.tessera.lang.TesseraTags.AttributeWriteTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.arithmetic.PyBinaryNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * {@code receiver.name OP= value}: the receiver is evaluated once. For tools an attribute read,
 * an arithmetic operation and an attribute write; input 0 is the receiver, input 1 the value.
 */
public final class AugAssignAttributeNode extends PyStatementNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode value;
    @Child private PyBinaryNode operator;
    @Child private GetAttributeCacheNode get;
    @Child private SetAttributeCacheNode set;
    private final String name;

    public AugAssignAttributeNode(PyExpressionNode receiver, String name, PyBinaryNode operator, PyExpressionNode value) {
        this.receiver = receiver;
        this.get = GetAttributeCacheNode.create(name);
        this.set = SetAttributeCacheNode.create(name);
        this.name = name;
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

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AttributeReadTag.class || tag == AttributeWriteTag.class || tag == ArithmeticTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("name", name, "operator", operator.getOperatorSymbol());
    }
}
