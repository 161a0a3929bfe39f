package org.tessera.lang.nodes.literal;

import org.tessera.lang.TesseraTags.AllocationTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyTuple;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code (a, b, *c)}. */
public final class TupleDisplayNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] elements;
    @Child private SequenceBuilderNode builder;

    public TupleDisplayNode(PyExpressionNode[] elements, boolean[] starred) {
        this.elements = elements;
        this.builder = SequenceBuilderNode.create(starred);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        if (!builder.hasStars()) {
            Object[] items = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                items[i] = elements[i].executeGeneric(frame);
            }
            return PyTuple.of(items);
        }
        return PyTuple.of(builder.build(frame, elements));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AllocationTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("type", "tuple");
    }
}
