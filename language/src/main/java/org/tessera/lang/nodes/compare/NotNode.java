package org.tessera.lang.nodes.compare;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code not x}. */
public final class NotNode extends PyExpressionNode {
    @Child private ToBooleanNode operand;

    public NotNode(PyExpressionNode operand) {
        this.operand = ToBooleanNodeGen.create(operand);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.executeBoolean(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ArithmeticTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("operator", "not");
    }
}
