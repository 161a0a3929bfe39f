package org.tessera.lang.nodes.literal;

import org.tessera.lang.TesseraTags.ConstantTag;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code True} or {@code False}. */
public final class BooleanLiteralNode extends PyExpressionNode {
    private final boolean value;

    public BooleanLiteralNode(boolean value) {
        this.value = value;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
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
