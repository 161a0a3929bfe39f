package org.tessera.lang.nodes.literal;

import org.tessera.lang.TesseraTags.ConstantTag;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** A float literal. */
public final class DoubleLiteralNode extends PyExpressionNode {
    private final double value;

    public DoubleLiteralNode(double value) {
        this.value = value;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ConstantTag.class || super.hasTag(tag);
    }
}
