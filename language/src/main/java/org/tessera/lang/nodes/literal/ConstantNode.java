package org.tessera.lang.nodes.literal;

import org.tessera.lang.TesseraTags.ConstantTag;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** Any other immutable constant: a string, None, Ellipsis, a big int, bytes. */
public final class ConstantNode extends PyExpressionNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
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
