package org.tessera.lang.nodes.literal;

import org.tessera.lang.TesseraTags.ConstantTag;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** An int literal that fits a {@code long}. */
public final class LongLiteralNode extends PyExpressionNode {
    private final long value;

    public LongLiteralNode(long value) {
        this.value = value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
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
